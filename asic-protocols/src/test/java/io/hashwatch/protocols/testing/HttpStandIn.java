package io.hashwatch.protocols.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1, port 0, for the stand-ins of devices' web APIs: each request
 * goes to {@code handler}, which answers a status, a body and headers. It records every request
 * with its body and the time it came in.
 */
public final class HttpStandIn implements AutoCloseable {

  /**
   * One request as the server saw it: the raw request target, its Authorization and Content-Type
   * (null when absent), its body (up to a mebibyte), its time.
   */
  public record Request(
      String method,
      String target,
      String authorization,
      String contentType,
      String body,
      long nanoTime) {

    public String path() {
      int question = target.indexOf('?');
      return question < 0 ? target : target.substring(0, question);
    }

    /** The decoded query parameters, in order. */
    public Map<String, String> query() {
      Map<String, String> parameters = new LinkedHashMap<>();
      int question = target.indexOf('?');
      if (question < 0) {
        return parameters;
      }
      for (String pair : target.substring(question + 1).split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        parameters.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
      return parameters;
    }
  }

  /** What the stand-in answers. */
  public record Answer(int status, String body, Map<String, String> headers) {

    public static Answer json(String body) {
      return new Answer(200, body, Map.of("Content-Type", "application/json"));
    }

    public static Answer status(int status, String body) {
      return new Answer(status, body, Map.of());
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public HttpStandIn(Function<Request, Answer> handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", exchange -> answer(exchange, handler));
    server.start();
  }

  private void answer(HttpExchange exchange, Function<Request, Answer> handler) throws IOException {
    try (exchange) {
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().toString(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              new String(exchange.getRequestBody().readNBytes(1 << 20), StandardCharsets.UTF_8),
              System.nanoTime());
      requests.add(request);
      Answer answer = handler.apply(request);
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The requests received so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
