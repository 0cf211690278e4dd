package io.hashwatch.sentry.outbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Keeps the outbox within its size and age: both drop the oldest segment, pending entries and all,
 * after the drop count is written, so a count never misses a dropped entry and a dropped entry
 * never comes back.
 */
final class OutboxBounds {
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  private final Path dir;
  private final OutboxSettings settings;
  private final Clock clock;
  private final SegmentQueue queue;
  private final OutboxLedger ledger;

  OutboxBounds(
      Path dir, OutboxSettings settings, Clock clock, SegmentQueue queue, OutboxLedger ledger) {
    this.dir = dir;
    this.settings = settings;
    this.clock = clock;
    this.queue = queue;
    this.ledger = ledger;
  }

  /** Drops what the age bound and then the size bound say, leaving room for {@code bytes} more. */
  void makeRoom(long bytes) throws IOException {
    dropExpired();
    while (!queue.isEmpty() && queue.diskBytes() + bytes > settings.maxBytes()) {
      dropOldest("is full (" + settings.maxBytes() + " bytes)");
    }
  }

  /** Drops the segments whose newest entry is older than the age bound. */
  void dropExpired() throws IOException {
    long cutoff = clock.instant().minus(settings.maxAge()).getEpochSecond();
    while (!queue.isEmpty() && queue.oldest().newestSecond() < cutoff) {
      dropOldest("holds entries older than " + settings.maxAge());
    }
  }

  private void dropOldest(String why) throws IOException {
    OutboxSegment oldest = queue.oldest();
    long entries = queue.pendingInOldest();
    long offset = ledger.state().offset();
    long first = queue.firstPendingSeq() + offset;
    long last = oldest.lastSeq() + offset;
    ledger.record(ledger.state().afterDrop(entries, oldest.lastSeq()));
    queue.removeOldest();
    long total = ledger.state().dropped();
    LOG.log(
        System.Logger.Level.WARNING,
        () ->
            "outbox "
                + dir
                + " "
                + why
                + ": dropped its oldest "
                + entries
                + " entries, seq "
                + first
                + " to "
                + last
                + "; "
                + total
                + " dropped in all");
  }
}
