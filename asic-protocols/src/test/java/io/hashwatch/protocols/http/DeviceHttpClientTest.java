package io.hashwatch.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.hashwatch.protocols.cgminer.RecordedReplies;
import io.hashwatch.protocols.testing.DigestServer;
import io.hashwatch.protocols.testing.TcpStandIn;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceHttpClientTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private final DeviceHttpClient client = client(Duration.ofSeconds(10));

  private static DeviceHttpClient client(Duration requestTimeout) {
    return new DeviceHttpClient(
        new DeviceHttpClient.Settings(Duration.ofSeconds(2), requestTimeout, 4096));
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  private void serve(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          authorizations.add(
              String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          handler.handle(exchange);
        });
  }

  private void serveDigest(String path, DigestServer check, String body) {
    serve(
        path,
        exchange -> {
          String authorization = exchange.getRequestHeaders().getFirst("Authorization");
          String target = exchange.getRequestURI().toString();
          if (check.accepts(exchange.getRequestMethod(), target, authorization)) {
            respond(exchange, 200, body);
          } else {
            exchange.getResponseHeaders().add("WWW-Authenticate", check.challenge());
            respond(exchange, 401, "401 Unauthorized");
          }
        });
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void digestMd5AnswersAnAntminerChallenge() throws Exception {
    String config =
        RecordedReplies.text("antminer-legacy-foreman/cgi-bin_get_miner_conf.l3plus.json");
    serveDigest(
        "/cgi-bin/get_miner_conf.cgi", DigestServer.md5("antminer", "root", "root", false), config);

    HttpReply reply =
        client.get(uri("/cgi-bin/get_miner_conf.cgi"), new HttpAuth.Digest("root", "root"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.ok()).isTrue();
    assertThat(reply.body()).isEqualTo(config);
    assertThat(authorizations).hasSize(2);
    assertThat(authorizations.get(0)).isEqualTo("null");
    assertThat(authorizations.get(1))
        .startsWith("Digest ")
        .contains("realm=\"antminer\"", "qop=auth", "uri=\"/cgi-bin/get_miner_conf.cgi\"");
  }

  @Test
  void digestSha256AnswersAShellyGen2ChallengeWithAQueryAndABody() throws Exception {
    serveDigest(
        "/rpc/Switch.Set",
        DigestServer.sha256("shellyplus1pm-441793d69718", "admin", "secret"),
        "{\"was_on\":true}");

    HttpReply post =
        client.post(
            uri("/rpc/Switch.Set"),
            "application/json",
            "{\"id\":0,\"on\":false}",
            new HttpAuth.Digest("admin", "secret"));
    HttpReply get =
        client.get(uri("/rpc/Switch.Set?id=0&on=false"), new HttpAuth.Digest("admin", "secret"));

    assertThat(post.status()).isEqualTo(200);
    assertThat(post.body()).isEqualTo("{\"was_on\":true}");
    assertThat(get.status()).isEqualTo(200);
    assertThat(authorizations.get(1)).contains("algorithm=SHA-256");
    assertThat(authorizations.get(3)).contains("uri=\"/rpc/Switch.Set?id=0&on=false\"");
  }

  @Test
  void aWrongDigestPasswordGivesTheDevices401() throws Exception {
    serveDigest("/cgi-bin/reboot.cgi", DigestServer.md5("antminer", "root", "root", false), "ok");

    HttpReply reply = client.get(uri("/cgi-bin/reboot.cgi"), new HttpAuth.Digest("root", "wrong"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.ok()).isFalse();
    assertThat(authorizations).hasSize(2);
  }

  @Test
  void basicCredentialsGoWithTheFirstRequest() throws Exception {
    String expected =
        "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8));
    serve(
        "/relay/0",
        exchange -> {
          boolean ok = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
          if (!ok) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"shelly\"");
          }
          respond(exchange, ok ? 200 : 401, ok ? "{\"ison\":false}" : "");
        });

    HttpReply right = client.get(uri("/relay/0?turn=off"), new HttpAuth.Basic("admin", "pw"));
    HttpReply wrong = client.get(uri("/relay/0?turn=off"), new HttpAuth.Basic("admin", "no"));
    HttpReply none = client.get(uri("/relay/0?turn=off"), HttpAuth.NONE);

    assertThat(right.status()).isEqualTo(200);
    assertThat(right.body()).isEqualTo("{\"ison\":false}");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(none.status()).isEqualTo(401);
    assertThat(authorizations).hasSize(3);
  }

  @Test
  void aBodyOverTheBoundIsMalformed() {
    String big = "x".repeat(4097);
    serve("/sized", exchange -> respond(exchange, 200, big));
    serve(
        "/chunked",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(big.getBytes(StandardCharsets.UTF_8));
          }
        });

    for (String path : List.of("/sized", "/chunked")) {
      assertThatThrownBy(() -> client.get(uri(path), HttpAuth.NONE))
          .as(path)
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("over 4096 bytes");
    }
  }

  @Test
  void aBodyAtTheBoundIsRead() throws Exception {
    serve("/sized", exchange -> respond(exchange, 200, "y".repeat(4096)));
    assertThat(client.get(uri("/sized"), HttpAuth.NONE).body()).hasSize(4096);
  }

  @Test
  void aDeviceThatNeverAnswersTimesOut() {
    serve("/silent", exchange -> awaitRelease());

    DeviceHttpClient impatient = client(Duration.ofMillis(500));
    long start = System.nanoTime();
    assertThatThrownBy(() -> impatient.get(uri("/silent"), HttpAuth.NONE))
        .isInstanceOf(DeviceTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(450), Duration.ofMillis(3000));
  }

  @Test
  void aBodyThatStallsAfterTheHeadersTimesOut() {
    serve(
        "/stall",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          exchange.getResponseBody().write("{\"ison\":".getBytes(StandardCharsets.UTF_8));
          exchange.getResponseBody().flush();
          awaitRelease();
          exchange.close();
        });

    DeviceHttpClient impatient = client(Duration.ofMillis(500));
    assertThatThrownBy(() -> impatient.get(uri("/stall"), HttpAuth.NONE))
        .isInstanceOf(DeviceTimeoutException.class);
  }

  @Test
  void aClosedPortIsAConnectException() throws Exception {
    int port = TcpStandIn.closedPort();
    assertThatThrownBy(
            () -> client.get(URI.create("http://127.0.0.1:" + port + "/"), HttpAuth.NONE))
        .isInstanceOf(DeviceConnectException.class)
        .hasMessageContaining("127.0.0.1:" + port)
        .hasMessageNotContaining("null");
  }

  private void awaitRelease() {
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
