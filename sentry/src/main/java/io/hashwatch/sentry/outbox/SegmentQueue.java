package io.hashwatch.sentry.outbox;

import io.hashwatch.protocols.report.ReportEntry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The segments of an outbox, oldest first, with the read position in memory: the first pending
 * record is at {@code headPosition} of the first segment, and every segment before it is deleted.
 * Entries already read by {@link #peek} stay in memory until they are consumed, so a batch that is
 * sent again is not read again.
 */
final class SegmentQueue {
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  private final Path dir;
  private final List<OutboxSegment> segments;
  private final ArrayDeque<Peeked> peeked = new ArrayDeque<>();
  private OutboxSegment active;
  private long headPosition;
  private long headCount;
  private long records;
  private long bytes;
  private boolean newNames;
  private boolean unforced;

  /** A record read from the head on, in order; {@code entry} is null when it cannot be read. */
  private record Peeked(
      OutboxSegment segment, long position, int size, long seq, ReportEntry entry) {}

  /** The queue of recovered segments; appends go to a new segment. */
  SegmentQueue(Path dir, List<OutboxSegment> recovered) {
    this.dir = dir;
    this.segments = new ArrayList<>(recovered);
    for (OutboxSegment segment : segments) {
      records += segment.count();
      bytes += segment.size();
    }
  }

  long backlog() {
    return records - headCount;
  }

  long pendingBytes() {
    return bytes - headPosition;
  }

  /** The bytes of all segment files. */
  long diskBytes() {
    return bytes;
  }

  boolean isEmpty() {
    return segments.isEmpty();
  }

  OutboxSegment oldest() {
    return segments.get(0);
  }

  OutboxSegment newest() {
    return segments.get(segments.size() - 1);
  }

  long pendingInOldest() {
    return oldest().count() - headCount;
  }

  /** Ends the active segment when {@code recordSize} more bytes would take it past the target. */
  void rollIfFull(int recordSize, long segmentBytes, boolean force) throws IOException {
    if (active != null && active.size() > 0 && active.size() + recordSize > segmentBytes) {
      if (force) {
        active.force();
        unforced = false;
      }
      active.release();
      active = null;
    }
  }

  /**
   * Appends a record, starting a segment named by its seq when there is no active one. With {@code
   * force} the record and a new segment's name are on the disk when this returns.
   */
  void append(long seq, long epochSecond, ByteBuffer record, boolean force) throws IOException {
    int size = record.remaining();
    try {
      if (active == null) {
        active = OutboxSegment.fresh(dir, seq);
        segments.add(active);
        newNames = true;
        if (force) {
          active.create();
          forceNames();
        }
      }
      active.append(record, seq, epochSecond, force);
    } catch (IOException e) {
      if (active.count() == 0) {
        segments.remove(active);
        active = null;
      }
      throw e;
    }
    records++;
    bytes += size;
    unforced = !force;
  }

  /** Forces the active segment and, when files were created since, the directory. */
  void force() throws IOException {
    if (active != null && unforced) {
      active.force();
    }
    unforced = false;
    forceNames();
  }

  /** Whether records were appended since the last {@link #force}. */
  boolean hasUnforced() {
    return unforced || newNames;
  }

  private void forceNames() throws IOException {
    if (newNames) {
      OutboxStateFile.forceDirectory(dir);
      newNames = false;
    }
  }

  /** The stored seq of the first pending entry, or 0 when none is pending. */
  long firstPendingSeq() throws IOException {
    if (backlog() == 0) {
      return 0;
    }
    Peeked first = peeked.peekFirst();
    return first != null
        ? first.seq()
        : stored(oldest(), oldest().reader(headPosition).next(false)).seq();
  }

  /**
   * Moves the head past every record with a stored seq up to {@code seq}; deletes used segments.
   */
  void consumeThrough(long seq) throws IOException {
    while (!segments.isEmpty() && oldest().lastSeq() <= seq) {
      removeOldest();
    }
    if (segments.isEmpty()) {
      return;
    }
    while (!peeked.isEmpty()) {
      Peeked first = peeked.peekFirst();
      if (first.seq() > seq) {
        return;
      }
      peeked.removeFirst();
      advanceHead(first.size());
    }
    RecordReader reader = oldest().reader(headPosition);
    while (true) {
      RecordRead.Stored record = stored(oldest(), reader.next(false));
      if (record.seq() > seq) {
        return;
      }
      advanceHead(record.size());
    }
  }

  private void advanceHead(int size) {
    headPosition += size;
    headCount++;
  }

  /** Deletes the oldest segment, pending entries and all. */
  void removeOldest() {
    OutboxSegment segment = segments.remove(0);
    records -= segment.count();
    bytes -= segment.size();
    headPosition = 0;
    headCount = 0;
    peeked.removeIf(read -> read.segment() == segment);
    if (segment == active) {
      active = null;
    }
    try {
      segment.delete();
    } catch (IOException e) {
      // Harmless: its entries are consumed in the state, and the next open deletes it.
      LOG.log(System.Logger.Level.WARNING, "outbox: could not delete " + segment.path(), e);
    }
  }

  /** The first {@code max} pending entries that can be read, with their stored seqs. */
  List<ReportEntry> peek(int max) throws IOException {
    readAhead(max);
    List<ReportEntry> entries = new ArrayList<>(Math.min(max, peeked.size()));
    for (Peeked read : peeked) {
      if (entries.size() == max) {
        break;
      }
      if (read.entry() != null) {
        entries.add(read.entry());
      }
    }
    return entries;
  }

  private void readAhead(int max) throws IOException {
    long readable = peeked.stream().filter(read -> read.entry() != null).count();
    Peeked last = peeked.peekLast();
    int index = last == null ? 0 : segments.indexOf(last.segment());
    long position = last == null ? headPosition : last.position() + last.size();
    for (; readable < max && index < segments.size(); index++, position = 0) {
      OutboxSegment segment = segments.get(index);
      RecordReader reader = segment.reader(position);
      while (readable < max) {
        RecordRead read = reader.next(true);
        if (read instanceof RecordRead.End) {
          break;
        }
        RecordRead.Stored record = stored(segment, read);
        ReportEntry entry = EntryCodec.decode(segment, record);
        peeked.addLast(new Peeked(segment, record.position(), record.size(), record.seq(), entry));
        if (entry != null) {
          readable++;
        }
      }
    }
  }

  private static RecordRead.Stored stored(OutboxSegment segment, RecordRead read)
      throws IOException {
    if (read instanceof RecordRead.Stored record) {
      return record;
    }
    String problem = read instanceof RecordRead.Bad bad ? bad.problem() : "an early end";
    throw new IOException(
        "outbox segment "
            + segment.path()
            + " changed on disk since the outbox was opened ("
            + problem
            + "); close and open the outbox to recover it");
  }

  void close() throws IOException {
    IOException failure = null;
    for (OutboxSegment segment : segments) {
      try {
        segment.release();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
