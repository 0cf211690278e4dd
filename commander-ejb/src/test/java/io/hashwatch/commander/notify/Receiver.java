package io.hashwatch.commander.notify;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback port that stands in for a webhook receiver, Discord or the
 * Telegram Bot API: it keeps every request and answers with the replies it was given, in order (200
 * and {@code okBody} once they are used up), or not at all while it {@link #hang() hangs}.
 */
final class Receiver implements AutoCloseable {
  /** One request as it arrived. */
  record Request(String method, String path, Headers headers, String body) {}

  private record Reply(int status, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private final String okBody;
  private volatile boolean hanging;

  Receiver(String okBody) throws IOException {
    this.okBody = okBody;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** The next requests get these answers, one each. */
  synchronized Receiver answer(int status, String body) {
    replies.add(new Reply(status, body));
    return this;
  }

  /** From now on, requests get no answer until {@link #close()}. */
  void hang() {
    hanging = true;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders(),
            body));
    if (hanging) {
      try {
        released.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    Reply reply;
    synchronized (this) {
      reply = replies.isEmpty() ? new Reply(200, okBody) : replies.poll();
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
