package io.hashwatch.commander.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notification channels through the API on a real Payara Micro: admins only, secrets never shown
 * back, and a test message reaching a webhook receiver in this JVM, signed, through the outbox
 * timer. Every test makes channels of its own names.
 */
@OnPayaraMicro
@RunAsClient
class ChannelsApiIT {
  private static final String SECRET = "it-webhook-key";
  // The timer runs every 10 s; a node that restarted waits up to a minute for the lease.
  private static final Duration DELIVERY = Duration.ofSeconds(90);

  /** A webhook request as the receiver got it. */
  record Received(String timestamp, String signature, String body) {}

  @ArquillianResource URL deployment;

  private CommanderApi api;
  private String admin;
  private HttpServer receiver;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  @Deployment(testable = false)
  static WebArchive commander() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("commander.war")));
  }

  @BeforeEach
  void start() throws Exception {
    api = new CommanderApi(deployment.toURI());
    admin = CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD);
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("X-Hashwatch-Timestamp"),
                  exchange.getRequestHeaders().getFirst("X-Hashwatch-Signature"),
                  body));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  private String hookUrl() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  /**
   * A webhook channel scoped to a site no device is at: the alerts the other ITs open on the shared
   * IT database never reach it, only its test messages do.
   */
  private String webhook(String name, String secretField) {
    return """
        {"name":"%s","type":"webhook","url":"%s",%s"minSeverity":"warning",\
        "scope":"site:it-quiet"}"""
        .formatted(name, hookUrl(), secretField);
  }

  @Test
  void onlyAdminsSeeOrChangeChannels() {
    String body = webhook("it-denied-" + UUID.randomUUID(), "");
    for (String role : List.of("viewer", "operator")) {
      String user = api.addUser(role);
      assertThat(api.get("api/v1/channels", user).statusCode()).as(role).isEqualTo(403);
      assertThat(api.post("api/v1/channels", user, body).statusCode()).as(role).isEqualTo(403);
      assertThat(api.get("api/v1/notifications", user).statusCode()).as(role).isEqualTo(403);
    }
    assertThat(api.get("api/v1/channels", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aTestMessageReachesTheWebhookSignedAndTheSecretIsNeverShown() throws Exception {
    String name = "it-hook-" + UUID.randomUUID();
    HttpResponse<String> created =
        api.post("api/v1/channels", admin, webhook(name, "\"secret\":\"" + SECRET + "\","));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject channel = CommanderApi.json(created.body()).asJsonObject();
    long id = channel.getJsonNumber("id").longValue();
    assertThat(channel.getBoolean("secretSet")).isTrue();
    assertThat(created.body()).doesNotContain(SECRET);
    assertThat(api.get("api/v1/channels", admin).body()).contains(name).doesNotContain(SECRET);

    HttpResponse<String> test = api.post("api/v1/channels/" + id + "/test", admin, "");

    assertThat(test.statusCode()).as(test.body()).isEqualTo(202);
    long notification =
        CommanderApi.json(test.body()).asJsonObject().getJsonNumber("id").longValue();
    await().atMost(DELIVERY).until(() -> !received.isEmpty());
    Received got = received.get(0);
    assertThat(got.signature())
        .isEqualTo("sha256=" + hmac(SECRET, got.timestamp() + "." + got.body()));
    assertThat(CommanderApi.json(got.body()).asJsonObject().getString("title"))
        .isEqualTo("Hashwatch test message from admin");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonArray states = api.getArrayAsAdmin("api/v1/notifications?channelId=" + id);
              assertThat(states).hasSize(1);
              JsonObject state = states.getJsonObject(0);
              assertThat(state.getJsonNumber("id").longValue()).isEqualTo(notification);
              assertThat(state.getString("status")).isEqualTo("delivered");
              assertThat(state.getInt("attempts")).isEqualTo(1);
            });
  }

  @Test
  void aChannelIsCheckedChangedKeepingItsSecretAndDeleted() {
    String name = "it-change-" + UUID.randomUUID();
    HttpResponse<String> noUrl =
        api.post("api/v1/channels", admin, "{\"name\":\"" + name + "\",\"type\":\"webhook\"}");
    assertThat(noUrl.statusCode()).isEqualTo(400);
    assertThat(CommanderApi.json(noUrl.body()).asJsonObject().getString("field")).isEqualTo("url");
    HttpResponse<String> created =
        api.post("api/v1/channels", admin, webhook(name, "\"secret\":\"" + SECRET + "\","));
    long id = CommanderApi.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
    assertThat(api.post("api/v1/channels", admin, webhook(name, "")).statusCode()).isEqualTo(409);

    HttpResponse<String> kept =
        api.put(
            "api/v1/channels/" + id,
            admin,
            webhook(name, "").replace("\"warning\"", "\"critical\""));
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    JsonObject changed = CommanderApi.json(kept.body()).asJsonObject();
    assertThat(changed.getString("minSeverity")).isEqualTo("critical");
    assertThat(changed.getBoolean("secretSet")).isTrue();
    HttpResponse<String> cleared =
        api.put("api/v1/channels/" + id, admin, webhook(name, "\"secret\":\"\","));
    assertThat(CommanderApi.json(cleared.body()).asJsonObject().getBoolean("secretSet")).isFalse();

    assertThat(api.delete("api/v1/channels/" + id, admin).statusCode()).isEqualTo(204);
    assertThat(api.get("api/v1/channels/" + id, admin).statusCode()).isEqualTo(404);
    assertThat(api.post("api/v1/channels/" + id + "/test", admin, "").statusCode()).isEqualTo(404);
  }

  private static String hmac(String key, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }
}
