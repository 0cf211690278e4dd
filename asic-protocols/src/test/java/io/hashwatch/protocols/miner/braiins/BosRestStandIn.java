package io.hashwatch.protocols.miner.braiins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1, port 0, answering like the Braiins OS REST API as its OpenAPI
 * 1.3.0 describes it: {@code POST /api/v1/auth/login} with the right user and password gives a
 * token, and every other call must carry that token as its whole {@code Authorization} header or
 * gets 401. It records what it was sent.
 */
final class BosRestStandIn implements AutoCloseable {
  static final String TOKEN = "hE9vT2kq0Lw3";

  /** One request as received. */
  record Request(String method, String path, String authorization, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final String password;
  private volatile int actionStatus = 200;
  private volatile String actionBody = "false";

  /** A firmware with the REST API, accepting user root with {@code password}. */
  static BosRestStandIn withPassword(String password) throws IOException {
    return new BosRestStandIn(password);
  }

  /** A firmware before 25.07: its web answers 404 to the REST paths. */
  static BosRestStandIn withoutRestApi() throws IOException {
    return new BosRestStandIn(null);
  }

  private BosRestStandIn(String password) throws IOException {
    this.password = password;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** What the action endpoints answer from now on. */
  BosRestStandIn answeringActions(int status, String body) {
    actionStatus = status;
    actionBody = body;
    return this;
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              body);
      requests.add(request);
      if (password == null) {
        answer(exchange, 404, "Not Found");
      } else if (request.path().equals("/api/v1/auth/login")) {
        login(exchange, request);
      } else if (!TOKEN.equals(request.authorization())) {
        answer(exchange, 401, "{\"message\":\"Unauthorized\"}");
      } else if (!request.method().equals("PUT")) {
        answer(exchange, 405, "");
      } else {
        answer(exchange, actionStatus, actionBody);
      }
    }
  }

  private void login(HttpExchange exchange, Request request) throws IOException {
    JsonObject credentials = Recorded.parse(request.body());
    if (request.method().equals("POST")
        && "root".equals(credentials.getString("username", null))
        && password.equals(credentials.getString("password", null))) {
      answer(exchange, 200, "{\"token\":\"" + TOKEN + "\",\"timeout_s\":3600}");
    } else {
      answer(exchange, 401, "{\"message\":\"Invalid credentials\"}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
