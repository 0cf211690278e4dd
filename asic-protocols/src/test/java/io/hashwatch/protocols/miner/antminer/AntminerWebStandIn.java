package io.hashwatch.protocols.miner.antminer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.testing.DigestServer;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The web CGI of a stock Antminer on 127.0.0.1, port 0, behind HTTP Digest MD5 as its lighttpd
 * asks. {@code get_miner_conf.cgi} serves the config it holds; {@code set_miner_conf.cgi} applies a
 * JSON config (the mode only from an integer {@code miner-mode}, as real X19s do) or an {@code
 * _ant_*} form; {@code reboot.cgi} answers or drops the connection. It records every request it let
 * through.
 */
final class AntminerWebStandIn implements AutoCloseable {
  /** A request that passed the Digest check. */
  record Received(String method, String path, String contentType, String body) {}

  private static final String SYSTEM_INFO =
      Recorded.text("antminer-stock-s19pro-bmminer", "system_info.json");

  private final HttpServer server;
  private final DigestServer digest;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile String conf;
  private volatile boolean dropOnReboot;
  private volatile boolean goneOnReboot;
  private volatile boolean ignoreConfig;

  AntminerWebStandIn(String realm, String user, String password, String conf) throws IOException {
    this.digest = DigestServer.md5(realm, user, password, true);
    this.conf = conf;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** How many 401 challenges it sent. */
  int challenges() {
    return digest.challenges();
  }

  String conf() {
    return conf;
  }

  /** Makes {@code reboot.cgi} close the connection without a word, as a miner going down does. */
  AntminerWebStandIn droppingOnReboot() {
    dropOnReboot = true;
    return this;
  }

  /** Makes {@code reboot.cgi} stop the server: the connection drops and no other is taken. */
  AntminerWebStandIn goingAwayOnReboot() {
    goneOnReboot = true;
    return this;
  }

  /** Makes {@code set_miner_conf.cgi} answer "OK!" and keep the old config. */
  AntminerWebStandIn ignoringConfig() {
    ignoreConfig = true;
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      String target = exchange.getRequestURI().toString();
      if (!digest.accepts(exchange.getRequestMethod(), target, authorization)) {
        exchange.getResponseHeaders().add("WWW-Authenticate", digest.challenge());
        answer(exchange, 401, "401 - Unauthorized");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      received.add(
          new Received(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body));
      switch (path) {
        case "/cgi-bin/get_miner_conf.cgi" -> answer(exchange, 200, conf);
        case "/cgi-bin/get_system_info.cgi" -> answer(exchange, 200, SYSTEM_INFO);
        case "/cgi-bin/set_miner_conf.cgi" -> answer(exchange, 200, setConf(body));
        case "/cgi-bin/reboot.cgi" -> {
          if (goneOnReboot) {
            server.stop(0); // stops listening, then closes this exchange unanswered
          } else if (!dropOnReboot) {
            answer(exchange, 200, "{\"code\":\"R000\"}");
          } // else: close without a status line
        }
        default -> answer(exchange, 404, "not found");
      }
    }
  }

  private String setConf(String body) {
    if (body.startsWith("{")) {
      if (!ignoreConfig) {
        conf = applyJson(read(conf), read(body));
      }
      return "{\"stats\":\"success\",\"code\":\"M000\",\"msg\":\"OK!\"}";
    }
    if (!ignoreConfig) {
      conf = applyForm(read(conf), form(body));
    }
    return "ok";
  }

  private static String applyJson(JsonObject old, JsonObject posted) {
    JsonObjectBuilder updated = CachedJsonProvider.INSTANCE.createObjectBuilder(old);
    if (posted.containsKey("pools")) {
      updated.add("pools", posted.get("pools"));
    }
    if (posted.get("miner-mode") instanceof JsonNumber mode) {
      updated.add("bitmain-work-mode", String.valueOf(mode.intValue()));
    }
    return updated.build().toString();
  }

  private static String applyForm(JsonObject old, Map<String, String> form) {
    JsonArrayBuilder pools = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (int slot = 1; slot <= 3; slot++) {
      pools.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("url", form.getOrDefault("_ant_pool" + slot + "url", ""))
              .add("user", form.getOrDefault("_ant_pool" + slot + "user", ""))
              .add("pass", form.getOrDefault("_ant_pool" + slot + "pw", "")));
    }
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder(old)
        .add("pools", pools)
        .build()
        .toString();
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static JsonObject read(String json) {
    return CachedJsonProvider.INSTANCE.createReader(new StringReader(json)).readObject();
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.put(
            pair.substring(0, equals),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
