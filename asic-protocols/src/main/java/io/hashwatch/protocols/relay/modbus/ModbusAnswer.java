package io.hashwatch.protocols.relay.modbus;

import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads and checks the answer to one Modbus TCP request from a stream: the MBAP header, then
 * exactly the PDU it announces (never more than the protocol's 253 bytes), then the function or
 * exception it holds. Pure but for the stream, so that it can be tested on bytes alone.
 */
public final class ModbusAnswer {

  private ModbusAnswer() {}

  /**
   * The PDU answering {@code function} in transaction {@code transaction}.
   *
   * @param device names the device in messages
   * @throws DeviceResponseException for an exception response, with its exception code
   * @throws MalformedReplyException for anything that is not a Modbus TCP answer to the request
   */
  public static byte[] read(InputStream in, int transaction, byte function, String device)
      throws IOException, DeviceException {
    MbapHeader header = MbapHeader.decode(readExactly(in, MbapHeader.SIZE, device));
    if (header.transactionId() != transaction || header.protocolId() != 0) {
      throw new MalformedReplyException(
          device
              + " answered transaction "
              + header.transactionId()
              + " of protocol "
              + header.protocolId()
              + " to transaction "
              + transaction
              + " of protocol 0: is it speaking Modbus TCP (not RTU over TCP)?");
    }
    if (!header.lengthPossible()) {
      throw new MalformedReplyException(
          device
              + " announces an answer of "
              + header.length()
              + " bytes, not 2 to "
              + MbapHeader.MAX_LENGTH);
    }
    // The unit id of the answer is not checked: many boards answer with their own whatever was
    // asked.
    byte[] pdu = readExactly(in, header.length() - 1, device);
    if (pdu[0] == (byte) (function | 0x80)) {
      int code = pdu.length > 1 ? pdu[1] & 0xFF : 0;
      throw new DeviceResponseException(
          code,
          device
              + " refused function "
              + String.format("0x%02X", function)
              + " with "
              + ModbusExceptionCode.describe(code));
    }
    if (pdu[0] != function) {
      throw new MalformedReplyException(
          device + " answered function " + String.format("0x%02X", function) + " with " + hex(pdu));
    }
    return pdu;
  }

  /** Checks that a Write Single Coil answer is the echo of its request. */
  public static void requireEcho(byte[] request, byte[] answer, String device)
      throws MalformedReplyException {
    if (!Arrays.equals(answer, request)) {
      throw new MalformedReplyException(
          device + " answered write single coil with " + hex(answer) + ", not its echo");
    }
  }

  /** The first coil in a Read Coils answer of one coil: {@code 01 | 01 | bits}. */
  public static boolean firstCoil(byte[] answer, String device) throws MalformedReplyException {
    if (answer.length != 3 || answer[1] != 1) {
      throw new MalformedReplyException(
          device + " answered read coils with " + hex(answer) + ", not one byte of coils");
    }
    return (answer[2] & 0x01) != 0;
  }

  private static byte[] readExactly(InputStream in, int count, String device)
      throws IOException, MalformedReplyException {
    byte[] bytes = in.readNBytes(count);
    if (bytes.length < count) {
      throw new MalformedReplyException(
          device + " closed the connection after " + bytes.length + " of " + count + " bytes");
    }
    return bytes;
  }

  private static String hex(byte[] bytes) {
    return HexFormat.ofDelimiter(" ").formatHex(bytes);
  }
}
