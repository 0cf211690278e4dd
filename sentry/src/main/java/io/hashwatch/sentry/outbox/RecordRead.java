package io.hashwatch.sentry.outbox;

/** What reading the next record of a segment gave. */
sealed interface RecordRead {

  /**
   * A whole record whose checksum holds.
   *
   * @param position where it starts in its segment
   * @param size its bytes, header included
   * @param payload the entry's JSON, or {@code null} when the reader was not asked for it
   */
  record Stored(long position, int size, long seq, long epochSecond, byte[] payload)
      implements RecordRead {}

  /** Bytes at {@code position} that are not a whole, intact record: a torn or damaged tail. */
  record Bad(long position, String problem) implements RecordRead {}

  /** The segment ends exactly after the last record. */
  record End() implements RecordRead {}
}
