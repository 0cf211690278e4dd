package io.hashwatch.protocols.relay.modbus;

import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceSockets;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The little of Modbus TCP a relay board needs: write one coil, read one coil. Each request opens
 * its own connection (boards often serve a single client and drop idle ones), sends one frame and
 * reads one answer whose length the header announces, all within the reply deadline.
 */
public final class ModbusTcpClient {
  static final byte READ_COILS = 0x01;
  static final byte WRITE_SINGLE_COIL = 0x05;

  private final String host;
  private final int port;
  private final Duration connectTimeout;
  private final Duration replyTimeout;
  private final AtomicInteger transactions = new AtomicInteger();

  public ModbusTcpClient(String host, int port, Duration connectTimeout, Duration replyTimeout) {
    this.host = host;
    this.port = port;
    this.connectTimeout = connectTimeout;
    this.replyTimeout = replyTimeout;
  }

  /** Switches coil {@code address} of {@code unit}; the board answers with an echo. */
  public void writeSingleCoil(int unit, int address, boolean on) throws DeviceException {
    byte[] request = {
      WRITE_SINGLE_COIL, (byte) (address >> 8), (byte) address, (byte) (on ? 0xFF : 0x00), 0x00
    };
    ModbusAnswer.requireEcho(request, exchange(unit, request), where());
  }

  /** Reads coil {@code address} of {@code unit}. */
  public boolean readCoil(int unit, int address) throws DeviceException {
    byte[] request = {READ_COILS, (byte) (address >> 8), (byte) address, 0, 1};
    return ModbusAnswer.firstCoil(exchange(unit, request), where());
  }

  /** Sends {@code pdu} to {@code unit} and answers the response PDU. */
  private byte[] exchange(int unit, byte[] pdu) throws DeviceException {
    int transaction = transactions.incrementAndGet() & 0xFFFF;
    byte[] frame =
        Arrays.copyOf(
            MbapHeader.request(transaction, unit, pdu.length).encode(),
            MbapHeader.SIZE + pdu.length);
    System.arraycopy(pdu, 0, frame, MbapHeader.SIZE, pdu.length);
    long deadline = System.nanoTime() + replyTimeout.toNanos();
    try (Socket socket = new Socket()) {
      DeviceSockets.connect(socket, host, port, connectTimeout);
      OutputStream out = socket.getOutputStream();
      out.write(frame);
      out.flush();
      return ModbusAnswer.read(new DeadlineInput(socket, deadline), transaction, pdu[0], where());
    } catch (IOException e) {
      throw DeviceSockets.exchangeFailed(e, where(), replyTimeout);
    }
  }

  private String where() {
    return host + ":" + port;
  }

  /** A socket's input that gives each read only the time left until the exchange's deadline. */
  private static final class DeadlineInput extends FilterInputStream {
    private final Socket socket;
    private final long deadline;

    DeadlineInput(Socket socket, long deadline) throws IOException {
      super(socket.getInputStream());
      this.socket = socket;
      this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
      DeviceSockets.readBy(socket, deadline);
      return super.read();
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      DeviceSockets.readBy(socket, deadline);
      return super.read(bytes, offset, length);
    }
  }
}
