package io.hashwatch.commander.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands and sentry health through the API on a real Payara Micro running the WAR the build made:
 * an operator asks, the sentry gets the command in its next answer and reports the result. Every
 * test registers its own sentry and users, so no test depends on another.
 */
@OnPayaraMicro
@RunAsClient
class CommandsApiIT {
  private static final String MINER = "10.9.1.1:4028";

  @ArquillianResource URL deployment;

  private CommanderApi api;
  private CommanderApi.Sentry sentry;
  private String sentryAuth;
  private String operator;
  private long device;

  @Deployment(testable = false)
  static WebArchive commander() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("commander.war")));
  }

  @BeforeEach
  void sentryWithOneMiner() throws Exception {
    api = new CommanderApi(deployment.toURI());
    sentry = api.registerSentry("it-commands-" + UUID.randomUUID());
    sentryAuth = CommanderApi.bearer(sentry.token());
    operator = api.addUser("operator");
    HttpResponse<String> first =
        api.report(sentry.id(), sentryAuth, "{\"entries\":[" + entry(1) + "]}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    device =
        api.getArrayAsAdmin("api/v1/devices").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getJsonNumber("sentryId").longValue() == sentry.id())
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
  }

  @Test
  void theCommandListFiltersByWhoActionAndTime() {
    String other = api.addUser("operator");
    Instant before = Instant.now().minusSeconds(1);
    for (String[] ask :
        List.of(
            new String[] {operator, "restart"},
            new String[] {operator, "reboot"},
            new String[] {other, "restart"})) {
      HttpResponse<String> created =
          api.post(
              "api/v1/commands",
              ask[0],
              "{\"deviceId\":" + device + ",\"action\":\"" + ask[1] + "\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
    String operatorName =
        CommanderApi.json(
                api.get("api/v1/commands?deviceId=" + device + "&limit=3", operator).body())
            .asJsonArray()
            .getJsonObject(2)
            .getString("createdBy");

    JsonArray restartsByOperator =
        api.getArrayAsAdmin(
            "api/v1/commands?deviceId="
                + device
                + "&createdBy="
                + operatorName
                + "&action=restart");
    assertThat(restartsByOperator).hasSize(1);
    assertThat(restartsByOperator.getJsonObject(0).getString("action")).isEqualTo("restart");
    assertThat(api.getArrayAsAdmin("api/v1/commands?deviceId=" + device + "&from=" + before))
        .hasSize(3);
    assertThat(api.getArrayAsAdmin("api/v1/commands?deviceId=" + device + "&to=" + before))
        .isEmpty();
    HttpResponse<String> badAction =
        api.get(
            "api/v1/commands?action=explode",
            CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD));
    assertThat(badAction.statusCode()).isEqualTo(400);
    assertThat(badAction.body()).contains("action");
    HttpResponse<String> badTime =
        api.get(
            "api/v1/commands?from=yesterday",
            CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD));
    assertThat(badTime.statusCode()).isEqualTo(400);
    assertThat(badTime.body()).contains("from");
  }

  @Test
  void aCommandReachesTheSentryAndItsResultIsShown() {
    HttpResponse<String> created =
        api.post(
            "api/v1/commands",
            operator,
            "{\"deviceId\":" + device + ",\"action\":\"power-cycle\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject command = CommanderApi.json(created.body()).asJsonObject();
    long id = command.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/commands/" + id));
    assertThat(command.getJsonNumber("deviceId").longValue()).isEqualTo(device);
    assertThat(command.getJsonNumber("sentryId").longValue()).isEqualTo(sentry.id());
    assertThat(command.getString("address")).isEqualTo(MINER);
    assertThat(command.getString("action")).isEqualTo("power-cycle");
    assertThat(command.getString("status")).isEqualTo("queued");
    assertThat(command.getString("createdBy")).startsWith("operator-");
    assertThat(command.keySet()).contains("created", "expires").doesNotContain("sent", "finished");

    JsonArray delivered = answer("{\"entries\":[]}").getJsonArray("commands");
    assertThat(delivered).hasSize(1);
    JsonObject carried = delivered.getJsonObject(0);
    assertThat(carried.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(carried.getString("address")).isEqualTo(MINER);
    assertThat(carried.getString("action")).isEqualTo("power-cycle");
    JsonObject sent = command(id);
    assertThat(sent.getString("status")).isEqualTo("sent");
    assertThat(sent.keySet()).contains("sent");
    assertThat(answer("{\"entries\":[]}").getJsonArray("commands"))
        .as("handed out again until a result comes")
        .hasSize(1);

    JsonObject afterResult =
        answer(
            """
            {"entries":[],"commandResults":[{"id":%d,"status":"succeeded",\
            "time":"2026-11-29T10:05:00Z","detail":"relay 0 off 5 s, on"}]}"""
                .formatted(id));

    assertThat(afterResult.getJsonArray("commands")).isEmpty();
    JsonObject done = command(id);
    assertThat(done.getString("status")).isEqualTo("succeeded");
    assertThat(done.getString("finished")).isEqualTo("2026-11-29T10:05:00Z");
    assertThat(done.getString("detail")).isEqualTo("relay 0 off 5 s, on");
    assertThat(
            api.getArrayAsAdmin("api/v1/commands?deviceId=" + device + "&status=succeeded")
                .getValuesAs(JsonObject.class))
        .extracting(c -> c.getJsonNumber("id").longValue())
        .containsExactly(id);
  }

  @Test
  void setPoolsGoesToTheSentryWithPasswordsButTheApiNeverShowsThem() {
    HttpResponse<String> created =
        api.post(
            "api/v1/commands",
            operator,
            """
            {"deviceId":%d,"action":"set-pools","pools":[\
            {"url":"stratum+tcp://pool.example:3333","user":"farm.s19","password":"pool-secret"}]}"""
                .formatted(device));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("pool-secret");
    JsonObject pool =
        CommanderApi.json(created.body()).asJsonObject().getJsonArray("pools").getJsonObject(0);
    assertThat(pool.getString("url")).isEqualTo("stratum+tcp://pool.example:3333");
    assertThat(pool.getString("user")).isEqualTo("farm.s19");
    assertThat(pool.containsKey("password")).isFalse();

    JsonObject carried = answer("{\"entries\":[]}").getJsonArray("commands").getJsonObject(0);
    assertThat(carried.getJsonArray("pools").getJsonObject(0).getString("password"))
        .isEqualTo("pool-secret");
    long id = CommanderApi.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
    assertThat(api.get("api/v1/commands/" + id, operator).body()).doesNotContain("pool-secret");
  }

  @Test
  void aViewerMayFollowCommandsButNotAskForOne() {
    String viewer = api.addUser("viewer");

    HttpResponse<String> refused =
        api.post("api/v1/commands", viewer, "{\"deviceId\":" + device + ",\"action\":\"reboot\"}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.get("api/v1/commands?deviceId=" + device, viewer).statusCode()).isEqualTo(200);
    assertThat(answer("{\"entries\":[]}").getJsonArray("commands")).isEmpty();
    assertThat(api.post("api/v1/commands", null, "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void aBadRequestNamesItsField() {
    record Bad(String body, String field) {}
    for (Bad bad :
        List.of(
            new Bad("{\"deviceId\":" + device + ",\"action\":\"explode\"}", "action"),
            new Bad("{\"action\":\"reboot\"}", "deviceId"),
            new Bad("{\"deviceId\":" + device + ",\"action\":\"set-pools\"}", "pools"),
            new Bad(
                "{\"deviceId\":%d,\"action\":\"reboot\",\"pools\":[{\"url\":\"x\"}]}"
                    .formatted(device),
                "pools"),
            new Bad("[1]", "$"))) {
      HttpResponse<String> refused = api.post("api/v1/commands", operator, bad.body());
      assertThat(refused.statusCode()).as(bad.body()).isEqualTo(400);
      assertThat(CommanderApi.json(refused.body()).asJsonObject().getString("field"))
          .as(bad.body())
          .isEqualTo(bad.field());
    }
    HttpResponse<String> badStatus = api.get("api/v1/commands?status=done", operator);
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(CommanderApi.json(badStatus.body()).asJsonObject().getString("field"))
        .isEqualTo("status");

    assertThat(
            api.post("api/v1/commands", operator, "{\"deviceId\":987654321,\"action\":\"reboot\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(api.get("api/v1/commands/987654321", operator).statusCode()).isEqualTo(404);
    assertThat(answer("{\"entries\":[]}").getJsonArray("commands")).isEmpty();
  }

  @Test
  void theSentriesListShowsEachSentrysHealth() {
    answer(
        """
        {"entries":[%s],"dropped":7,"health":{"time":"2026-11-29T10:01:00Z","sweepMs":8400,\
        "devicesOk":1,"devicesFailed":0,"backlog":12,"version":"0.4.0"}}"""
            .formatted(entry(2)));

    HttpResponse<String> listed = api.get("api/v1/sentries", api.addUser("viewer"));

    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonObject shown =
        CommanderApi.json(listed.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getJsonNumber("id").longValue() == sentry.id())
            .findFirst()
            .orElseThrow();
    assertThat(shown.getString("name")).startsWith("it-commands-");
    assertThat(shown.getJsonNumber("lastSequence").longValue()).isEqualTo(2);
    assertThat(shown.getJsonNumber("dropped").longValue()).isEqualTo(7);
    assertThat(shown.keySet()).contains("lastSeen");
    JsonObject health = shown.getJsonObject("health");
    assertThat(health.getString("time")).isEqualTo("2026-11-29T10:01:00Z");
    assertThat(health.getJsonNumber("sweepMs").longValue()).isEqualTo(8400);
    assertThat(health.getInt("devicesOk")).isEqualTo(1);
    assertThat(health.getInt("devicesFailed")).isZero();
    assertThat(health.getJsonNumber("backlog").longValue()).isEqualTo(12);
    assertThat(health.getString("version")).isEqualTo("0.4.0");

    CommanderApi.Sentry silent = api.registerSentry("it-silent-" + UUID.randomUUID());
    JsonObject unheard =
        api.getArrayAsAdmin("api/v1/sentries").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getJsonNumber("id").longValue() == silent.id())
            .findFirst()
            .orElseThrow();
    assertThat(unheard.keySet()).doesNotContain("health", "lastSeen");
  }

  private JsonObject answer(String batch) {
    HttpResponse<String> answer = api.report(sentry.id(), sentryAuth, batch);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return CommanderApi.json(answer.body()).asJsonObject();
  }

  private JsonObject command(long id) {
    HttpResponse<String> response = api.get("api/v1/commands/" + id, operator);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return CommanderApi.json(response.body()).asJsonObject();
  }

  private static String entry(long seq) {
    return """
        {"seq":%d,"time":"2026-11-29T10:00:%02dZ","address":"%s","kind":"asic",\
        "reading":{"result":"reading","make":"Bitmain","model":"Antminer S19","hashrateHs":9.5e13}}"""
        .formatted(seq, seq, MINER);
  }
}
