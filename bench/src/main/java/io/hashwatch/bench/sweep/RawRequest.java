package io.hashwatch.bench.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * The baseline: one {@code summary} request over plain TCP, read to the NUL or the end, nothing
 * parsed. What a poll cannot be faster than.
 */
final class RawRequest {
  private static final byte[] SUMMARY =
      "{\"command\":\"summary\"}".getBytes(StandardCharsets.UTF_8);
  private static final int MAX_REPLY = 4 * 1024 * 1024;

  private final int connectMillis;
  private final int replyMillis;
  private final boolean lingerZero;

  /**
   * @param lingerZero close with a reset (SO_LINGER 0), leaving no TIME_WAIT behind on this side
   */
  RawRequest(int connectMillis, int replyMillis, boolean lingerZero) {
    this.connectMillis = connectMillis;
    this.replyMillis = replyMillis;
    this.lingerZero = lingerZero;
  }

  /** The reply's size in bytes, or why there was none. */
  record Outcome(int bytes, String failure) {
    boolean ok() {
      return failure == null;
    }
  }

  Outcome summary(InetSocketAddress miner) {
    long deadline = System.nanoTime() + replyMillis * 1_000_000L;
    try (Socket socket = new Socket()) {
      if (lingerZero) {
        socket.setSoLinger(true, 0);
      }
      socket.connect(miner, connectMillis);
      socket.getOutputStream().write(SUMMARY);
      int bytes = readToNul(socket, deadline);
      return bytes > 0 ? new Outcome(bytes, null) : new Outcome(0, "raw: closed without a reply");
    } catch (SocketTimeoutException e) {
      return new Outcome(0, "raw: timed out (" + e.getMessage() + ")");
    } catch (IOException e) {
      return new Outcome(0, "raw: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static int readToNul(Socket socket, long deadline) throws IOException {
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[16 * 1024];
    int total = 0;
    while (total <= MAX_REPLY) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new SocketTimeoutException("reply deadline passed");
      }
      socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
      int read = in.read(buffer);
      if (read < 0) {
        return total;
      }
      for (int i = 0; i < read; i++) {
        if (buffer[i] == 0) {
          return total + i;
        }
      }
      total += read;
    }
    throw new IOException("reply larger than " + MAX_REPLY + " bytes");
  }
}
