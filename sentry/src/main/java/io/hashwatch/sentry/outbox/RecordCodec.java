package io.hashwatch.sentry.outbox;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The layout of one record in a segment file, big-endian:
 *
 * <pre>
 * offset  0  int32  payload length in bytes, 1 to {@link OutboxSettings#MAX_ENTRY_BYTES}
 * offset  4  int32  CRC32C of the bytes from offset 8 to the end of the payload
 * offset  8  int64  seq, as stored (the state's offset is added on the way out)
 * offset 16  int64  time of the entry, seconds since the epoch (for the age bound)
 * offset 24  bytes  payload: the entry's JSON (ReportJson), UTF-8
 * </pre>
 *
 * The seq and time also sit in the JSON; the header holds them so that recovery, acknowledging and
 * the age bound need no JSON parsing.
 */
final class RecordCodec {
  static final int HEADER_BYTES = 24;
  private static final int CHECKED_FROM = 8;

  private RecordCodec() {}

  /** The whole record, ready to write (position 0, limit at its end). */
  static ByteBuffer encode(long seq, long epochSecond, byte[] payload) {
    ByteBuffer record = ByteBuffer.allocate(HEADER_BYTES + payload.length);
    record.putInt(payload.length).putInt(0).putLong(seq).putLong(epochSecond).put(payload);
    record.putInt(4, checksum(record, 0, payload.length));
    return record.flip();
  }

  /** The checksum of the record that starts at {@code start} in {@code buffer}. */
  static int checksum(ByteBuffer buffer, int start, int payloadLength) {
    CRC32C crc = new CRC32C();
    crc.update(
        buffer
            .duplicate()
            .limit(start + HEADER_BYTES + payloadLength)
            .position(start + CHECKED_FROM));
    return (int) crc.getValue();
  }
}
