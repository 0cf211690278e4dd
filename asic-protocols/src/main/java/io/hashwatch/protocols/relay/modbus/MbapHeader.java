package io.hashwatch.protocols.relay.modbus;

/**
 * The 7-byte header before every Modbus TCP PDU.
 *
 * @param transactionId chosen by the client, echoed by the server
 * @param protocolId 0 for Modbus
 * @param length the bytes that follow: the unit id and the PDU
 * @param unitId the addressed unit (a device behind a gateway; 1 or 0xFF for most TCP boards)
 */
public record MbapHeader(int transactionId, int protocolId, int length, int unitId) {
  public static final int SIZE = 7;

  /** A PDU is at most 253 bytes, so the length field at most 254. */
  public static final int MAX_LENGTH = 254;

  public MbapHeader {
    if (transactionId < 0 || transactionId > 0xFFFF || protocolId < 0 || protocolId > 0xFFFF) {
      throw new IllegalArgumentException("transaction and protocol ids are 16-bit");
    }
    if (length < 0 || length > 0xFFFF || unitId < 0 || unitId > 0xFF) {
      throw new IllegalArgumentException("the length is 16-bit, the unit id 8-bit");
    }
  }

  /** The header of a request carrying {@code pduLength} bytes of PDU. */
  public static MbapHeader request(int transactionId, int unitId, int pduLength) {
    return new MbapHeader(transactionId, 0, pduLength + 1, unitId);
  }

  public byte[] encode() {
    return new byte[] {
      (byte) (transactionId >> 8),
      (byte) transactionId,
      (byte) (protocolId >> 8),
      (byte) protocolId,
      (byte) (length >> 8),
      (byte) length,
      (byte) unitId
    };
  }

  /** Reads a header from the first {@link #SIZE} bytes. */
  public static MbapHeader decode(byte[] bytes) {
    return new MbapHeader(word(bytes, 0), word(bytes, 2), word(bytes, 4), bytes[6] & 0xFF);
  }

  /** Whether the length field is one a PDU can have: the unit id and 1 to 253 bytes. */
  public boolean lengthPossible() {
    return length >= 2 && length <= MAX_LENGTH;
  }

  private static int word(byte[] bytes, int at) {
    return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
  }
}
