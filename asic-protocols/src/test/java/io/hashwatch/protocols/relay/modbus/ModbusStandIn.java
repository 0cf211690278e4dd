package io.hashwatch.protocols.relay.modbus;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Modbus TCP relay board on a real loopback server socket, port 0: it parses each MBAP header and
 * PDU, keeps its coils, answers Write Single Coil (0x05) with the echo and Read Coils (0x01) with
 * the bits, and answers exception responses as the spec says: 01 for another function, 02 for a
 * coil it lacks, 03 for a value other than FF00 or 0000, or the code it is told to answer.
 */
public final class ModbusStandIn implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final boolean[] coils;
  private final List<String> frames = new CopyOnWriteArrayList<>();
  private volatile int forcedException;

  /** A board with {@code coilCount} coils, all on. */
  public ModbusStandIn(int coilCount) throws IOException {
    this.coils = new boolean[coilCount];
    Arrays.fill(coils, true);
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(this::accept);
  }

  /** From now on, answer every request with exception {@code code}. */
  public void failWith(int code) {
    forcedException = code;
  }

  public synchronized boolean isOn(int coil) {
    return coils[coil];
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Every request frame received, as spaced hex. */
  public List<String> frames() {
    return List.copyOf(frames);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        threads.submit(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      DataInputStream in = new DataInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (true) {
        byte[] header = new byte[7];
        in.readFully(header);
        int length = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
        byte[] pdu = new byte[length - 1];
        in.readFully(pdu);
        frames.add(HexFormat.ofDelimiter(" ").formatHex(header) + " " + hex(pdu));
        byte[] answer = answer(pdu);
        byte[] frame = Arrays.copyOf(header, 7 + answer.length);
        frame[4] = (byte) ((answer.length + 1) >> 8);
        frame[5] = (byte) (answer.length + 1);
        System.arraycopy(answer, 0, frame, 7, answer.length);
        out.write(frame);
        out.flush();
      }
    } catch (EOFException done) {
      // the client closed its connection after its request
    } catch (IOException gone) {
      // the client hung up
    }
  }

  private synchronized byte[] answer(byte[] pdu) {
    int function = pdu[0] & 0xFF;
    if (forcedException != 0) {
      return exception(function, forcedException);
    }
    if ((function != 0x01 && function != 0x05) || pdu.length != 5) {
      return exception(function, 0x01);
    }
    int address = ((pdu[1] & 0xFF) << 8) | (pdu[2] & 0xFF);
    int value = ((pdu[3] & 0xFF) << 8) | (pdu[4] & 0xFF);
    if (function == 0x05) {
      if (address >= coils.length) {
        return exception(function, 0x02);
      }
      if (value != 0xFF00 && value != 0x0000) {
        return exception(function, 0x03);
      }
      coils[address] = value == 0xFF00;
      return pdu.clone();
    }
    if (value < 1 || address + value > coils.length) {
      return exception(function, 0x02);
    }
    byte[] answer = new byte[2 + (value + 7) / 8];
    answer[0] = 0x01;
    answer[1] = (byte) (answer.length - 2);
    for (int i = 0; i < value; i++) {
      if (coils[address + i]) {
        answer[2 + i / 8] |= (byte) (1 << (i % 8));
      }
    }
    return answer;
  }

  private static byte[] exception(int function, int code) {
    return new byte[] {(byte) (function | 0x80), (byte) code};
  }

  private static String hex(byte[] bytes) {
    return HexFormat.ofDelimiter(" ").formatHex(bytes);
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
