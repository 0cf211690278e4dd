package io.hashwatch.sentry.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds and durability of an {@link Outbox}.
 *
 * @param maxBytes the most disk the segment files may take, at least {@link #MIN_BYTES}; when an
 *     append would pass it, the oldest segments are dropped
 * @param maxAge how old the newest entry of a segment may be before the segment is dropped
 * @param fsync when appended records are forced to the disk
 */
public record OutboxSettings(long maxBytes, Duration maxAge, Fsync fsync) {
  public static final long MIN_BYTES = 64 * 1024;

  /** The largest entry (its JSON) any outbox stores or reads back; smaller bounds lower it. */
  public static final int MAX_ENTRY_BYTES = 1024 * 1024;

  private static final long MIN_SEGMENT_BYTES = 4 * 1024;
  private static final long MAX_SEGMENT_BYTES = 8 * 1024 * 1024;

  /** When records reach the disk; the state file is always written durably (it changes rarely). */
  public enum Fsync {
    /** Force each record to the disk before {@code append} returns. */
    ALWAYS,
    /** Force what was appended on each {@code sync()} call: the sweep calls it at its end. */
    BATCH,
    /** Never force: the operating system writes back when it likes. */
    NEVER
  }

  public OutboxSettings {
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(fsync, "fsync");
    if (maxBytes < MIN_BYTES) {
      throw new IllegalArgumentException(
          "the outbox needs at least " + MIN_BYTES + " bytes, was given " + maxBytes);
    }
    if (maxAge.isZero() || maxAge.isNegative()) {
      throw new IllegalArgumentException("the outbox's maxAge must be > 0, was " + maxAge);
    }
  }

  /** 512 MiB, 7 days, {@link Fsync#BATCH}. */
  public static OutboxSettings defaults() {
    return new OutboxSettings(512L * 1024 * 1024, Duration.ofDays(7), Fsync.BATCH);
  }

  public OutboxSettings withMaxBytes(long bytes) {
    return new OutboxSettings(bytes, maxAge, fsync);
  }

  public OutboxSettings withMaxAge(Duration age) {
    return new OutboxSettings(maxBytes, age, fsync);
  }

  public OutboxSettings withFsync(Fsync policy) {
    return new OutboxSettings(maxBytes, maxAge, policy);
  }

  /**
   * The size at which a segment file is closed and a new one begun: a sixteenth of the bound, from
   * 4 KiB to 8 MiB. Space is reclaimed and dropped a whole segment at a time, so this is also the
   * granularity of the bounds.
   */
  public long segmentBytes() {
    return Math.max(MIN_SEGMENT_BYTES, Math.min(MAX_SEGMENT_BYTES, maxBytes / 16));
  }

  /** The largest entry JSON this outbox takes: 1 MiB, or one segment when that is smaller. */
  public int maxEntryBytes() {
    return (int) Math.min(MAX_ENTRY_BYTES, segmentBytes());
  }
}
