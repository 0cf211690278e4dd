package io.hashwatch.sentry.outbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads the records of one segment in order and checks each. It reads ahead up to 64 KiB and never
 * holds more than that or one record: a length field is checked against {@link
 * OutboxSettings#MAX_ENTRY_BYTES} before anything is allocated for it.
 */
final class RecordReader {
  private static final int CHUNK = 64 * 1024;

  private final FileChannel channel;
  private final long end;
  private long position;
  private long bufferStart;
  private ByteBuffer buffer = ByteBuffer.allocate(0);

  /** Reads the records between {@code position} and {@code end}. */
  RecordReader(FileChannel channel, long position, long end) {
    this.channel = channel;
    this.position = position;
    this.end = end;
  }

  RecordRead next(boolean withPayload) throws IOException {
    long left = end - position;
    if (left <= 0) {
      return new RecordRead.End();
    }
    if (left < RecordCodec.HEADER_BYTES || !fill(RecordCodec.HEADER_BYTES)) {
      return bad("a partial record header (" + left + " bytes)");
    }
    int at = (int) (position - bufferStart);
    int length = buffer.getInt(at);
    if (length < 1 || length > OutboxSettings.MAX_ENTRY_BYTES) {
      return bad(
          "a record length of "
              + Integer.toUnsignedString(length)
              + " bytes, outside 1 to "
              + OutboxSettings.MAX_ENTRY_BYTES);
    }
    int size = RecordCodec.HEADER_BYTES + length;
    if (left < size || !fill(size)) {
      return bad("a partial record (" + left + " of its " + size + " bytes)");
    }
    at = (int) (position - bufferStart);
    if (buffer.getInt(at + 4) != RecordCodec.checksum(buffer, at, length)) {
      return bad("a record whose checksum does not match");
    }
    byte[] payload = null;
    if (withPayload) {
      payload = new byte[length];
      buffer.get(at + RecordCodec.HEADER_BYTES, payload);
    }
    RecordRead.Stored record =
        new RecordRead.Stored(
            position, size, buffer.getLong(at + 8), buffer.getLong(at + 16), payload);
    position += size;
    return record;
  }

  private RecordRead bad(String problem) {
    return new RecordRead.Bad(position, problem);
  }

  /** Makes the {@code bytes} at {@code position} readable from the buffer; false past the EOF. */
  private boolean fill(int bytes) throws IOException {
    if (position + bytes <= bufferStart + buffer.limit()) {
      return true;
    }
    int wanted = (int) Math.max(bytes, Math.min(CHUNK, end - position));
    if (wanted > buffer.capacity()) {
      // Sized by what is left to read, so a reader near the end of a segment stays small.
      buffer = ByteBuffer.allocate(wanted);
    }
    buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
    bufferStart = position;
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, bufferStart + buffer.position()) < 0) {
        break;
      }
    }
    buffer.flip();
    return buffer.limit() >= bytes;
  }
}
