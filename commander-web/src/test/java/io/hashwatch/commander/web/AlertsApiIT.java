package io.hashwatch.commander.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alerts, alert rules and trusted pools through the API on a real Payara Micro running the WAR the
 * build made. The alert timer runs as it does in production, every 5 s here (arquillian.xml): a
 * device-scoped offline rule without sustain or clear makes an unreachable device's alert open at
 * its next run and resolve at the run after the device answers again. Each test uses its own
 * sentry, device and users.
 */
@OnPayaraMicro
@RunAsClient
class AlertsApiIT {
  private static final Duration TIMER = Duration.ofSeconds(75);

  @ArquillianResource URL deployment;

  private CommanderApi api;
  private String admin;
  private String operator;
  private String viewer;

  @Deployment(testable = false)
  static WebArchive commander() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("commander.war")));
  }

  @BeforeEach
  void users() throws Exception {
    api = new CommanderApi(deployment.toURI());
    admin = CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD);
    operator = api.addUser("operator");
    viewer = api.addUser("viewer");
  }

  @Test
  void anUnreachableDeviceOpensAnAlertThatIsAcknowledgedAndResolves() {
    CommanderApi.Sentry sentry = api.registerSentry("it-alerts-" + UUID.randomUUID(), "it-hall");
    String address = "10.77." + (int) (Math.random() * 250) + ".1:4028";
    report(sentry, 1, address, "{\"result\":\"reading\",\"hashrateHs\":9.5e13}");
    long device = deviceOf(sentry);
    String rule = "it-offline-" + device;
    HttpResponse<String> put =
        api.put(
            "api/v1/alert-rules/" + rule,
            admin,
            """
            {"kind":"device-offline","severity":"critical","scope":"device:%d",\
            "sustainSeconds":0,"clearSeconds":0,"enabled":true}"""
                .formatted(device));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    report(sentry, 2, address, "{\"result\":\"unreachable\",\"errors\":[\"timeout\"]}");
    JsonObject opened =
        await().atMost(TIMER).until(() -> openAlertOf(device, rule), alert -> alert != null);

    assertThat(opened.getString("kind")).isEqualTo("device-offline");
    assertThat(opened.getString("severity")).isEqualTo("critical");
    assertThat(opened.getString("subject")).isEqualTo("device:" + device);
    assertThat(opened.getString("site")).isEqualTo("it-hall");
    assertThat(opened.getString("label")).isEqualTo(address);
    assertThat(opened.getBoolean("open")).isTrue();
    long id = opened.getJsonNumber("id").longValue();
    String path = "api/v1/alerts/" + id;

    assertThat(api.post(path + "/ack", viewer, "").statusCode()).isEqualTo(403);
    HttpResponse<String> ack = api.post(path + "/ack", operator, "");
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    assertThat(
            CommanderApi.json(api.post(path + "/ack", admin, "").body())
                .asJsonObject()
                .getString("acknowledgedBy"))
        .startsWith("operator-");
    assertThat(api.post("api/v1/alerts/999999999/ack", operator, "").statusCode()).isEqualTo(404);
    assertThat(api.get("api/v1/alerts/999999999", viewer).statusCode()).isEqualTo(404);

    report(sentry, 3, address, "{\"result\":\"reading\",\"hashrateHs\":9.5e13}");
    JsonObject resolved =
        await()
            .atMost(TIMER)
            .until(
                () -> CommanderApi.json(api.get(path, viewer).body()).asJsonObject(),
                alert -> !alert.getBoolean("open"));
    assertThat(resolved.getString("resolution")).startsWith("cleared:");
    assertThat(resolved.getString("acknowledgedBy")).startsWith("operator-");
    JsonArray history =
        array(api.get("api/v1/alerts?state=resolved&deviceId=" + device + "&limit=5", viewer));
    assertThat(history).hasSize(1);
    assertThat(api.delete("api/v1/alert-rules/" + rule, admin).statusCode()).isEqualTo(204);
  }

  @Test
  void theAlertListRefusesBadFiltersNamingThem() {
    assertThat(api.get("api/v1/alerts", null).statusCode()).isEqualTo(401);
    assertThat(api.get("api/v1/alerts?state=all&limit=1000", viewer).statusCode()).isEqualTo(200);
    for (String bad :
        new String[] {
          "state=closed",
          "severity=loud",
          "deviceId=x",
          "sentryId=0",
          "from=yesterday",
          "limit=1001"
        }) {
      HttpResponse<String> refused = api.get("api/v1/alerts?" + bad, viewer);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(CommanderApi.json(refused.body()).asJsonObject().getString("field"))
          .isEqualTo(bad.substring(0, bad.indexOf('=')));
    }
  }

  @Test
  void adminsEditRulesOthersOnlyReadThem() {
    JsonArray rules = array(api.get("api/v1/alert-rules", viewer));
    assertThat(rules.getValuesAs(JsonObject.class))
        .extracting(rule -> rule.getString("id"))
        .contains("default-device-offline", "default-pool-untrusted", "default-sentry-silent");
    String id = "it-hot-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        """
        {"kind":"temperature-high","severity":"warning","scope":"site:it-hall","threshold":85,\
        "sustainSeconds":120,"clearSeconds":300,"enabled":true}""";

    assertThat(api.put("api/v1/alert-rules/" + id, operator, body).statusCode()).isEqualTo(403);
    HttpResponse<String> created = api.put("api/v1/alert-rules/" + id, admin, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonObject stored =
        array(api.get("api/v1/alert-rules", viewer)).getValuesAs(JsonObject.class).stream()
            .filter(rule -> rule.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(stored.getString("scope")).isEqualTo("site:it-hall");
    assertThat(stored.getJsonNumber("threshold").doubleValue()).isEqualTo(85.0);
    assertThat(stored.getJsonNumber("sustainSeconds").longValue()).isEqualTo(120);
    assertThat(stored.getBoolean("builtIn")).isFalse();
    assertThat(stored.getString("updatedBy")).isEqualTo("admin");

    assertField(
        api.put("api/v1/alert-rules/" + id, admin, body.replace("warning", "loud")), "severity");
    assertField(
        api.put("api/v1/alert-rules/" + id, admin, body.replace("site:it-hall", "rack:1")),
        "scope");
    assertField(
        api.put("api/v1/alert-rules/" + id, admin, body.replace("\"threshold\":85,", "")),
        "threshold");
    assertField(
        api.put("api/v1/alert-rules/" + id, admin, body.replace("120", "-1")), "sustainSeconds");
    assertField(api.put("api/v1/alert-rules/Bad%20Id", admin, body), "id");

    HttpResponse<String> refused = api.delete("api/v1/alert-rules/default-device-offline", admin);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(api.delete("api/v1/alert-rules/" + id, viewer).statusCode()).isEqualTo(403);
    assertThat(api.delete("api/v1/alert-rules/" + id, admin).statusCode()).isEqualTo(204);
    assertThat(api.delete("api/v1/alert-rules/" + id, admin).statusCode()).isEqualTo(404);
  }

  @Test
  void adminsReplaceTheTrustedPools() {
    assertThat(api.put("api/v1/trusted-pools", operator, "[]").statusCode()).isEqualTo(403);
    assertField(
        api.put("api/v1/trusted-pools", admin, "[\"stratum+tcp://a:1\", \" \"]"), "pools[1]");
    assertField(api.put("api/v1/trusted-pools", admin, "{\"pools\":[]}"), "$");

    HttpResponse<String> replaced =
        api.put(
            "api/v1/trusted-pools",
            admin,
            "[\"stratum+tcp://b.example:3333\", \"stratum+tcp://a.example:3333\","
                + " \"STRATUM+TCP://A.example:3333/\"]");
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(
            array(api.get("api/v1/trusted-pools", viewer))
                .getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("stratum+tcp://a.example:3333", "stratum+tcp://b.example:3333");
    assertThat(api.put("api/v1/trusted-pools", admin, "[]").statusCode()).isEqualTo(200);
  }

  private void report(CommanderApi.Sentry sentry, long seq, String address, String result) {
    HttpResponse<String> answer =
        api.report(
            sentry.id(),
            CommanderApi.bearer(sentry.token()),
            """
            {"entries":[{"seq":%d,"time":"%s","address":"%s","kind":"asic","reading":%s}]}"""
                .formatted(seq, Instant.now(), address, result));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private long deviceOf(CommanderApi.Sentry sentry) {
    return api.getArrayAsAdmin("api/v1/devices").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getJsonNumber("sentryId").longValue() == sentry.id())
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private JsonObject openAlertOf(long device, String rule) {
    return array(api.get("api/v1/alerts?deviceId=" + device, viewer))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(alert -> alert.getString("ruleId").equals(rule))
        .findFirst()
        .orElse(null);
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return CommanderApi.json(response.body()).asJsonArray();
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(CommanderApi.json(response.body()).asJsonObject().getString("field"))
        .isEqualTo(field);
  }
}
