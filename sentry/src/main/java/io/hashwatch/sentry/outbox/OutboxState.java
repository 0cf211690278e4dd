package io.hashwatch.sentry.outbox;

/**
 * What the outbox keeps beside its segments, in stored seqs (those written in the records).
 *
 * @param offset added to a stored seq to give the seq on the wire; raised by {@code
 *     resequenceAbove}
 * @param consumedThrough the stored seq up to which every entry is acknowledged or dropped
 * @param lastStored the highest stored seq ever assigned
 * @param dropped the entries dropped by the bounds over the outbox's life
 */
record OutboxState(long offset, long consumedThrough, long lastStored, long dropped) {
  static final OutboxState EMPTY = new OutboxState(0, 0, 0, 0);

  OutboxState {
    if (offset < 0 || consumedThrough < 0 || lastStored < 0 || dropped < 0) {
      throw new IllegalArgumentException("outbox state values must be >= 0");
    }
  }

  long lastSequence() {
    return lastStored + offset;
  }

  OutboxState withOffset(long newOffset) {
    return new OutboxState(newOffset, consumedThrough, lastStored, dropped);
  }

  OutboxState withConsumedThrough(long seq) {
    return new OutboxState(offset, Math.max(consumedThrough, seq), lastStored, dropped);
  }

  OutboxState withLastStored(long seq) {
    return new OutboxState(offset, consumedThrough, Math.max(lastStored, seq), dropped);
  }

  OutboxState afterDrop(long entries, long throughSeq) {
    return new OutboxState(
        offset, Math.max(consumedThrough, throughSeq), lastStored, dropped + entries);
  }
}
