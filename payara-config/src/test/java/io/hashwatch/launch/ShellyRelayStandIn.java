package io.hashwatch.launch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Shelly Gen1 relay on loopback: {@code GET /relay/0} answers its state, {@code ?turn=on|off}
 * switches it. Every switch is recorded in order.
 */
final class ShellyRelayStandIn implements AutoCloseable {
  private final HttpServer server;
  private final List<String> switches = new CopyOnWriteArrayList<>();
  private volatile boolean on = true;

  ShellyRelayStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/relay/0", this::relay);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /**
   * The config file of an ASIC sentry that watches {@code miners} every 2 s and knows that this
   * relay powers {@code powered}.
   */
  String sentryConfig(
      LaunchedCommander commander,
      JsonObject sentry,
      List<String> miners,
      String powered,
      Path outbox) {
    return """
        id = %d
        commander = %s
        token = %s
        interval = 2s
        timeout = 1s
        outbox = %s
        devices = %s

        [relay shelly1://127.0.0.1:%d/0?off=1s]
        powers = %s
        """
        .formatted(
            sentry.getJsonNumber("id").longValue(),
            commander.base,
            sentry.getString("token"),
            outbox,
            String.join(", ", miners),
            port(),
            powered);
  }

  /** The switches asked for so far, such as {@code [off, on]}. */
  List<String> switches() {
    return List.copyOf(switches);
  }

  private void relay(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    if (query != null && query.startsWith("turn=")) {
      String turn = query.substring("turn=".length());
      switches.add(turn);
      on = turn.equals("on");
    }
    byte[] body =
        ("{\"ison\":"
                + on
                + ",\"has_timer\":false,\"timer_started\":0,\"timer_duration\":0,"
                + "\"timer_remaining\":0,\"source\":\"http\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
