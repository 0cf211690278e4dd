package io.hashwatch.protocols.cgminer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real TCP server on 127.0.0.1, port 0, that answers like a cgminer-family miner: it reads one
 * request (up to its end or a short pause), answers with {@code replies.apply(request)} and a NUL,
 * and closes, as api.c does. Tests of every driver talk to it. It records the requests it got.
 */
public final class CgminerStandIn implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Function<String, String> replies;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile boolean sendNul = true;

  public CgminerStandIn(Function<String, String> replies) throws IOException {
    this.replies = replies;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(this::accept);
  }

  /**
   * The answer of a miner that hangs: nothing until {@code released} (at most 10 s, so that a test
   * that forgets to release it still ends), then the connection closes without a word.
   */
  public static String silentUntil(CountDownLatch released) {
    try {
      released.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  public int port() {
    return server.getLocalPort();
  }

  public String host() {
    return server.getInetAddress().getHostAddress();
  }

  /** The requests received so far, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** Whether replies end with the NUL real cgminer sends (some derivatives omit it). */
  public CgminerStandIn withoutNul() {
    sendNul = false;
    return this;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        threads.submit(() -> answer(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void answer(Socket socket) {
    try (socket) {
      String request = readRequest(socket);
      requests.add(request);
      String reply = replies.apply(request);
      if (reply == null) {
        return; // close without a word
      }
      OutputStream out = socket.getOutputStream();
      out.write(reply.getBytes(StandardCharsets.UTF_8));
      if (sendNul) {
        out.write(0);
      }
      out.flush();
    } catch (IOException e) {
      // the client went away; nothing to answer
    }
  }

  /** A request ends at its closing brace, at a newline, or when the client pauses 200 ms. */
  private static String readRequest(Socket socket) throws IOException {
    socket.setSoTimeout(200);
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = in.read()) >= 0) {
        request.write(b);
        String text = request.toString(StandardCharsets.UTF_8).strip();
        if (text.endsWith("}") && CgminerRequests.isWholeJson(text)) {
          break;
        }
        if (request.size() > 1 << 20) {
          break;
        }
      }
    } catch (SocketException | java.net.SocketTimeoutException e) {
      // the client stopped sending: take what came
    }
    return request.toString(StandardCharsets.UTF_8).strip();
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
