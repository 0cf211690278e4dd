package io.hashwatch.sentry.outbox;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.sentry.outbox.OutboxSettings.Fsync;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sentry's queue of poll results on disk, in the order they were appended, each with the
 * sentry's own sequence number. Entries stay until the commander holds them ({@link #acknowledge})
 * or a bound drops them, oldest first. The file layout and what a crash can lose are in the package
 * documentation and sentry/README.md ("Outbox").
 *
 * <p>The uplink passes the {@code lastSequence} of every answer to {@link #acknowledge}, that of
 * the empty batch it sends first included: when the commander holds seqs this outbox never gave
 * (its directory was lost or replaced), the pending entries are renumbered above them rather than
 * skipped as duplicates.
 */
public final class Outbox implements Closeable {
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  /** Far above any real count, and far enough below overflow for the seqs after it. */
  private static final long MAX_SEQUENCE = Long.MAX_VALUE / 4;

  private final Path dir;
  private final OutboxSettings settings;
  private final DirectoryLock lock;
  private final SegmentQueue queue;
  private final OutboxLedger ledger;
  private final OutboxBounds bounds;
  private boolean closed;

  private Outbox(
      Path dir, OutboxSettings settings, Clock clock, DirectoryLock lock, OutboxState state)
      throws IOException {
    this.dir = dir;
    this.settings = settings;
    this.lock = lock;
    this.queue = new SegmentQueue(dir, SegmentRecovery.recover(dir));
    this.ledger = new OutboxLedger(new OutboxStateFile(dir), state);
    this.bounds = new OutboxBounds(dir, settings, clock, queue, ledger);
  }

  /**
   * Opens the outbox in {@code dir}, creating it when needed, and recovers what a crash left.
   *
   * @throws IOException when another process (or this one) has it open, or it cannot be read
   */
  public static Outbox open(Path dir, OutboxSettings settings) throws IOException {
    return open(dir, settings, Clock.systemUTC());
  }

  /** As {@link #open(Path, OutboxSettings)}, judging the age bound by {@code clock}. */
  public static Outbox open(Path dir, OutboxSettings settings, Clock clock) throws IOException {
    Files.createDirectories(dir);
    DirectoryLock lock = DirectoryLock.acquire(dir);
    Outbox outbox = null;
    try {
      Optional<OutboxState> stored = new OutboxStateFile(dir).read();
      outbox = new Outbox(dir, settings, clock, lock, stored.orElse(OutboxState.EMPTY));
      outbox.start(stored.isPresent());
      return outbox;
    } catch (IOException | RuntimeException e) {
      try (lock) {
        if (outbox != null) {
          outbox.queue.close();
        }
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private void start(boolean hadState) throws IOException {
    long lastOnDisk = queue.isEmpty() ? 0 : queue.newest().lastSeq();
    if (!hadState && lastOnDisk > 0) {
      long pending = queue.backlog();
      LOG.log(
          System.Logger.Level.WARNING,
          () ->
              "outbox "
                  + dir
                  + " has entries but no state: all "
                  + pending
                  + " are pending again (the commander skips those it holds)");
    }
    ledger.assigned(lastOnDisk);
    queue.consumeThrough(ledger.state().consumedThrough());
    bounds.makeRoom(0);
    ledger.save();
  }

  /**
   * Stores one poll result under the next seq and returns it as stored. When the bounds need room,
   * the oldest segments are dropped first.
   *
   * @throws IllegalArgumentException when the entry is invalid (a blank address) or its JSON is
   *     over {@link OutboxSettings#maxEntryBytes()}
   * @throws IOException when it could not be written (a full disk): nothing of it is kept
   */
  public synchronized ReportEntry append(
      Instant time, String address, DeviceKind kind, PollResult result) throws IOException {
    requireOpen();
    long seq = ledger.state().lastStored() + 1;
    ReportEntry entry = new ReportEntry(seq, time, address, kind, result);
    byte[] payload = EntryCodec.encode(entry, settings.maxEntryBytes());
    ByteBuffer record = RecordCodec.encode(seq, time.getEpochSecond(), payload);
    queue.rollIfFull(record.remaining(), settings.segmentBytes(), settings.fsync() != Fsync.NEVER);
    bounds.makeRoom(record.remaining());
    try {
      queue.append(seq, time.getEpochSecond(), record, settings.fsync() == Fsync.ALWAYS);
    } catch (IOException e) {
      throw new IOException(
          "outbox " + dir + ": could not store the entry for " + address + ": " + e.getMessage(),
          e);
    }
    ledger.assigned(seq);
    return onWire(entry);
  }

  /** Forces what was appended to the disk (unless the policy is NEVER); applies the age bound. */
  public synchronized void sync() throws IOException {
    requireOpen();
    bounds.dropExpired();
    if (settings.fsync() != Fsync.NEVER) {
      queue.force();
    }
  }

  /**
   * The oldest pending entries, up to {@code max} (1 to {@link Report#MAX_ENTRIES}), in order.
   * Under {@link Fsync#BATCH} what was appended since the last {@link #sync()} is forced first: an
   * entry that may reach the commander is on the disk, so a power loss never gives its seq again.
   */
  public synchronized List<ReportEntry> peek(int max) throws IOException {
    requireOpen();
    if (max < 1 || max > Report.MAX_ENTRIES) {
      throw new IllegalArgumentException("peek takes 1 to " + Report.MAX_ENTRIES + ", not " + max);
    }
    if (settings.fsync() == Fsync.BATCH && queue.hasUnforced()) {
      queue.force();
    }
    return queue.peek(max).stream().map(this::onWire).toList();
  }

  /**
   * Forgets every entry up to {@code lastSequence}, which the commander holds, and deletes the
   * segments that held only such entries.
   *
   * <p>A value above {@link #lastSequence()} cannot be about this outbox's entries (each is on the
   * disk before {@code peek} hands it out, so no seq is given twice): the commander's numbers come
   * from an earlier outbox directory and may have hidden ours as duplicates. Then nothing is
   * forgotten and the pending entries are renumbered above it, as {@link #resequenceAbove} does.
   */
  public synchronized void acknowledge(long lastSequence) throws IOException {
    requireOpen();
    OutboxState state = ledger.state();
    if (lastSequence > state.lastSequence()) {
      resequenceAbove(lastSequence);
      return;
    }
    long through = lastSequence - state.offset();
    if (through <= state.consumedThrough()) {
      return;
    }
    OutboxState acknowledged = state.withConsumedThrough(through);
    try {
      ledger.record(acknowledged);
    } catch (IOException fullDisk) {
      // The disk may be full: free the acknowledged segments first, then try again. Deleting
      // before the state is written is safe: a crash between sends held entries again, which the
      // commander skips, or gives held seqs again, which acknowledge renumbers above.
      queue.consumeThrough(through);
      try {
        ledger.recordAfterTheFact(acknowledged);
      } catch (IOException again) {
        again.addSuppressed(fullDisk);
        throw again;
      }
      return;
    }
    queue.consumeThrough(through);
  }

  public synchronized long backlog() {
    return queue.backlog();
  }

  /** The bytes of the pending records, headers included. */
  public synchronized long pendingBytes() {
    return queue.pendingBytes();
  }

  public synchronized long dropped() {
    return ledger.state().dropped();
  }

  public synchronized long lastSequence() {
    return ledger.state().lastSequence();
  }

  /**
   * Renumbers the pending entries, in order, so the first is {@code held + 1}, when the commander
   * already holds seqs up to {@code held} that this outbox did not give it; later appends continue
   * above them. Does nothing when every pending entry (and {@link #lastSequence()}) is above it.
   */
  public synchronized void resequenceAbove(long held) throws IOException {
    requireOpen();
    if (held < 0 || held > MAX_SEQUENCE) {
      throw new IllegalArgumentException("held must be 0 to " + MAX_SEQUENCE + ", was " + held);
    }
    OutboxState state = ledger.state();
    long first = queue.firstPendingSeq();
    long offset = first > 0 ? held + 1 - first : held - state.lastStored();
    if (offset <= state.offset()) {
      return;
    }
    ledger.record(state.withOffset(offset));
    long pending = queue.backlog();
    LOG.log(
        System.Logger.Level.WARNING,
        () ->
            "outbox "
                + dir
                + ": the commander holds seqs up to "
                + held
                + " that this outbox did not give it; its "
                + pending
                + " pending entries now start at seq "
                + (held + 1));
  }

  public Path directory() {
    return dir;
  }

  /** Forces what was appended (unless the policy is NEVER), writes the state, frees the lock. */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      try (lock) {
        try {
          if (settings.fsync() != Fsync.NEVER) {
            queue.force();
          }
          ledger.save();
        } finally {
          queue.close();
        }
      }
    }
  }

  private ReportEntry onWire(ReportEntry stored) {
    long offset = ledger.state().offset();
    return offset == 0
        ? stored
        : new ReportEntry(
            stored.seq() + offset, stored.time(), stored.address(), stored.kind(), stored.result());
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the outbox " + dir + " is closed");
    }
  }
}
