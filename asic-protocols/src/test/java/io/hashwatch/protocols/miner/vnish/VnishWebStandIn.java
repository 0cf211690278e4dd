package io.hashwatch.protocols.miner.vnish;

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
 * A real HTTP server on 127.0.0.1, port 0, answering like the VNish web API: {@code POST
 * /api/v1/unlock {"pw":...}} with the right password gives a token; every other call must carry
 * {@code Authorization: Bearer <token>} or gets 401. It records what it was sent.
 */
final class VnishWebStandIn implements AutoCloseable {
  static final String TOKEN = "3f1c9a7e5b";

  /** One request as received. */
  record Request(String method, String path, String authorization, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final String password;
  private volatile String settingsAnswer = "{\"restart_required\":false,\"reboot_required\":false}";
  private volatile String actionAnswer = "{\"success\":true}";

  VnishWebStandIn(String password) throws IOException {
    this.password = password;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  VnishWebStandIn answeringSettings(String body) {
    settingsAnswer = body;
    return this;
  }

  VnishWebStandIn answeringActions(String body) {
    actionAnswer = body;
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
      if (!request.method().equals("POST")) {
        answer(exchange, 405, "");
      } else if (request.path().equals("/api/v1/unlock")) {
        JsonObject unlock = Recorded.parse(body);
        if (password.equals(unlock.getString("pw", null))) {
          answer(exchange, 200, "{\"token\":\"" + TOKEN + "\"}");
        } else {
          answer(exchange, 401, "{\"err\":\"wrong password\"}");
        }
      } else if (!("Bearer " + TOKEN).equals(request.authorization())) {
        answer(exchange, 401, "{\"err\":\"unauthorized\"}");
      } else if (request.path().equals("/api/v1/settings")) {
        answer(exchange, 200, settingsAnswer);
      } else {
        answer(exchange, 200, actionAnswer);
      }
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
