package io.hashwatch.sentry.outbox;

import java.io.IOException;

/**
 * The outbox's {@link OutboxState} in memory and in its file. A change that must survive a crash
 * (an acknowledgement, a drop, a renumbering) is written before it takes effect; the last seq given
 * is only held in memory between writes, as recovery finds it again in the segments.
 */
final class OutboxLedger {
  private final OutboxStateFile file;
  private OutboxState state;

  OutboxLedger(OutboxStateFile file, OutboxState state) {
    this.file = file;
    this.state = state;
  }

  OutboxState state() {
    return state;
  }

  /** Notes the highest stored seq given, in memory. */
  void assigned(long storedSeq) {
    state = state.withLastStored(storedSeq);
  }

  /** Writes {@code next} and then makes it the state; on failure the state is unchanged. */
  void record(OutboxState next) throws IOException {
    file.write(next);
    state = next;
  }

  /** Takes {@code next} in memory before writing it (see {@code Outbox.acknowledge}). */
  void recordAfterTheFact(OutboxState next) throws IOException {
    state = next;
    file.write(next);
  }

  /** Writes the state as it is. */
  void save() throws IOException {
    file.write(state);
  }
}
