package io.hashwatch.protocols.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real TCP server on 127.0.0.1, port 0, that misbehaves: it accepts and then never answers (a
 * hung device), or answers fixed bytes whatever it is asked and closes (a device speaking something
 * else). Also finds a port where nothing listens.
 */
public final class TcpStandIn implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final byte[] answer;

  private TcpStandIn(byte[] answer) throws IOException {
    this.answer = answer;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(this::accept);
  }

  /** Accepts connections, reads what comes, never answers. */
  public static TcpStandIn hanging() throws IOException {
    return new TcpStandIn(null);
  }

  /** Answers {@code bytes} to the first bytes of every connection, then closes it. */
  public static TcpStandIn answering(byte[] bytes) throws IOException {
    return new TcpStandIn(bytes.clone());
  }

  /** A loopback port nobody listens on (it was free a moment ago). */
  public static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        threads.submit(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket;
        InputStream in = socket.getInputStream()) {
      byte[] buffer = new byte[4096];
      if (answer == null) {
        while (in.read(buffer) >= 0) {
          // keep reading and say nothing, like a device whose firmware hangs
        }
        return;
      }
      if (in.read(buffer) >= 0) {
        socket.getOutputStream().write(answer);
        socket.getOutputStream().flush();
      }
    } catch (IOException gone) {
      // the client hung up: nothing more to do
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
    threads.shutdownNow();
  }
}
