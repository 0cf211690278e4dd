package io.hashwatch.protocols.miner.epic;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1, port 0, answering like ePIC's UMC: the recorded GET replies, and
 * POSTs that check the password and answer {@code {"result":true,"error":null}}. A wrong password
 * is refused with HTTP 401, the status its web server is taken to use (not captured).
 */
final class EpicStandIn implements AutoCloseable {
  private final HttpServer server;
  private final String password;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> answers = new ConcurrentHashMap<>();

  EpicStandIn(String password) throws IOException {
    this.password = password;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    answers.put("GET /summary", Fixtures.text("epic-umc/summary.json"));
    answers.put("GET /capabilities", Fixtures.text("epic-umc/capabilities.json"));
    answers.put("GET /hashrate", Fixtures.text("epic-umc/chip_hashrates.json"));
  }

  /** Answers {@code request} ("POST /coin") with {@code body} from now on; null answers 404. */
  EpicStandIn answer(String request, String body) {
    answers.put(request, body == null ? "" : body);
    return this;
  }

  String host() {
    return server.getAddress().getAddress().getHostAddress();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Each request as "METHOD /path" and, for a POST, " " and its body. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(body.isEmpty() ? request : request + " " + body);
      if (request.startsWith("POST") && !password.equals(passwordOf(body))) {
        send(exchange, 401, "{\"result\":false,\"error\":\"Invalid password\"}");
        return;
      }
      String answer = answers.get(request);
      if (answer == null && request.startsWith("POST")) {
        answer = "{\"result\":true,\"error\":null}";
      }
      if (answer == null || answer.isEmpty()) {
        send(exchange, 404, "Not Found");
        return;
      }
      send(exchange, 200, answer);
    }
  }

  private static String passwordOf(String body) {
    try (var reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(body))) {
      JsonObject json = reader.readObject();
      return json.getString("password", null);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
