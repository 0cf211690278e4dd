package io.hashwatch.sentry.sweep;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Shelly Gen1 plug on a real loopback HTTP server, as the device answers (the replies of
 * asic-protocols' fixtures/shelly-gen1-plug-s): {@code /relay/0[?turn=on|off]} switches and tells
 * the state, {@code /meter/0} the power, 35.2 W while on. It records each switch it was asked for.
 */
public final class ShellyRelayStandIn implements AutoCloseable {
  public static final double WATTS = 35.2;
  private static final Pattern PATH = Pattern.compile("/(relay|meter)/0");

  private final HttpServer server;
  private final List<String> switches = new CopyOnWriteArrayList<>();
  private volatile boolean on = true;

  public ShellyRelayStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The relay URL of its channel 0 with options, such as {@code ?off=100ms}. */
  public String url(String options) {
    return "shelly1://127.0.0.1:" + server.getAddress().getPort() + "/0" + options;
  }

  /** The relay as the sentry reports it. */
  public String address() {
    return "shelly1://127.0.0.1:" + server.getAddress().getPort() + "/0";
  }

  /** The switches asked for, in order: "on" or "off". */
  public List<String> switches() {
    return List.copyOf(switches);
  }

  public boolean on() {
    return on;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
      if (!path.matches()) {
        send(exchange, 404, "Not Found");
        return;
      }
      if (path.group(1).equals("meter")) {
        send(exchange, 200, "{\"power\":" + (on ? WATTS : 0.0) + ",\"is_valid\":true}");
        return;
      }
      String query = exchange.getRequestURI().getQuery();
      if (query != null && query.startsWith("turn=")) {
        String turn = query.substring(5);
        switches.add(turn);
        on = turn.equals("on");
      }
      send(
          exchange,
          200,
          "{\"ison\":"
              + on
              + ",\"has_timer\":false,\"timer_started\":0,\"timer_duration\":0,"
              + "\"timer_remaining\":0,\"overpower\":false,\"source\":\"http\"}");
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
