package io.hashwatch.protocols.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * What every TCP client of a device does alike (cgminer API, Whatsminer API v3, Modbus TCP): a
 * connection within its timeout, failing with this package's exceptions, and reads that together
 * end by one deadline, so that a device trickling bytes cannot hold an exchange past its timeout.
 */
public final class DeviceSockets {

  private DeviceSockets() {}

  /** Connects {@code socket} to {@code host:port} within {@code timeout}. */
  public static void connect(Socket socket, String host, int port, Duration timeout)
      throws DeviceException {
    String where = host + ":" + port;
    try {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
    } catch (SocketTimeoutException e) {
      throw new DeviceTimeoutException(
          where + " did not accept a connection within " + timeout.toMillis() + " ms", e);
    } catch (IOException e) {
      throw new DeviceConnectException("cannot connect to " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Gives the next read of {@code socket} only the time left until {@code deadline} (a {@link
   * System#nanoTime} instant); past it, the read times out at once.
   */
  public static void readBy(Socket socket, long deadline) throws IOException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new SocketTimeoutException("reply deadline passed");
    }
    socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
  }

  /**
   * What an exchange with {@code where} that threw {@code e} comes to: a timeout when a read ran
   * past {@code replyTimeout}, else a connection that broke.
   */
  public static DeviceException exchangeFailed(IOException e, String where, Duration replyTimeout) {
    return e instanceof SocketTimeoutException
        ? new DeviceTimeoutException(
            where + " did not answer within " + replyTimeout.toMillis() + " ms", e)
        : new DeviceConnectException(where + " broke the exchange: " + e.getMessage(), e);
  }
}
