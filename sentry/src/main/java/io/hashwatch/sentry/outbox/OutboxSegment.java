package io.hashwatch.sentry.outbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One segment file: records back to back, named by the stored seq of its first record ({@code
 * 00000000000000000001.seg}). It knows its size and the seq and time bounds of its records, so the
 * outbox can bound, drop and reclaim without reading it.
 */
final class OutboxSegment {
  private static final Pattern NAME = Pattern.compile("(\\d{20})\\.seg");

  private final Path path;
  private final long firstSeq;
  private FileChannel channel;
  private long size;
  private long count;
  private long lastSeq;
  private long newestSecond = Long.MIN_VALUE;

  private OutboxSegment(Path path, long firstSeq) {
    this.path = path;
    this.firstSeq = firstSeq;
  }

  /** A segment to be created by its first append. */
  static OutboxSegment fresh(Path dir, long firstSeq) {
    return new OutboxSegment(
        dir.resolve(String.format(Locale.ROOT, "%020d.seg", firstSeq)), firstSeq);
  }

  /**
   * A segment file found on disk, not read yet: recovery counts its records by {@link #noteRecord}.
   */
  static OutboxSegment existing(Path file) throws IOException {
    OutboxSegment segment = new OutboxSegment(file, firstSeqOf(file));
    segment.size = Files.size(file);
    return segment;
  }

  /** The first seq a segment file's name gives, or -1 when it is not a segment's name. */
  static long firstSeqOf(Path file) {
    var name = NAME.matcher(file.getFileName().toString());
    return name.matches() ? Long.parseLong(name.group(1)) : -1;
  }

  Path path() {
    return path;
  }

  long firstSeq() {
    return firstSeq;
  }

  long size() {
    return size;
  }

  long count() {
    return count;
  }

  long lastSeq() {
    return lastSeq;
  }

  long newestSecond() {
    return newestSecond;
  }

  /** Creates the file now rather than on the first append. */
  void create() throws IOException {
    channel();
  }

  RecordReader reader(long from) throws IOException {
    return new RecordReader(channel(), from, size);
  }

  /**
   * Writes a record at the end. On failure (a full disk) the file is cut back to where it was, so
   * no half record stays behind, and the channel is dropped so the next append opens it anew.
   */
  void append(ByteBuffer record, long seq, long epochSecond, boolean force) throws IOException {
    int length = record.remaining();
    try {
      FileChannel file = channel();
      long at = size;
      while (record.hasRemaining()) {
        at += file.write(record, at);
      }
      if (force) {
        file.force(false);
      }
    } catch (IOException e) {
      undoAppend(e);
      throw e;
    }
    size += length;
    noteRecord(seq, epochSecond);
  }

  private void undoAppend(IOException failure) {
    if (channel == null) {
      return;
    }
    try {
      channel.truncate(size);
    } catch (IOException e) {
      // The next open of the channel cuts it back too; recovery would cut the half record.
      failure.addSuppressed(e);
    }
    try {
      release();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Counts a record that now ends the segment (appended, or found by recovery). */
  void noteRecord(long seq, long epochSecond) {
    count++;
    lastSeq = seq;
    newestSecond = Math.max(newestSecond, epochSecond);
  }

  /** Cuts the file at {@code at}, dropping a torn or damaged tail. */
  void truncate(long at) throws IOException {
    channel().truncate(at);
    size = at;
  }

  /**
   * Forces the file's written records to the disk, those written through an earlier channel too.
   */
  void force() throws IOException {
    channel().force(false);
  }

  /** Closes the file; it is opened again when next read or written. */
  void release() throws IOException {
    if (channel != null) {
      FileChannel open = channel;
      channel = null;
      open.close();
    }
  }

  void delete() throws IOException {
    release();
    Files.deleteIfExists(path);
  }

  private FileChannel channel() throws IOException {
    if (channel == null) {
      channel =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (channel.size() > size) {
        // Left over from an append that failed and could not be cut back at once.
        channel.truncate(size);
      }
    }
    return channel;
  }
}
