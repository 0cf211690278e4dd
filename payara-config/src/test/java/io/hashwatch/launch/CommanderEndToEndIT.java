package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The whole path as a farm runs it: the launched commander, a sentry registered through the API,
 * {@code java -jar sentry.jar report}, and the devices read back. Once on the embedded H2 default,
 * once on a real PostgreSQL.
 */
class CommanderEndToEndIT {
  private static final Duration TIMEOUT = CommanderApi.TIMEOUT;

  private final CommanderApi api = new CommanderApi();
  private final HttpClient http = api.http;

  @Test
  void sentryReportReachesTheCommanderOnTheEmbeddedDatabase() throws Exception {
    Path work = CommanderApi.workDir("h2");
    try (LaunchedCommander commander =
        LaunchedCommander.start(work, CommanderApi.environment(work))) {
      reportAndReadBack(commander, work);
      assertThat(Files.exists(work.resolve("data").resolve("hashwatch.mv.db"))).isTrue();
    }
  }

  @Test
  void sentryReportReachesTheCommanderOnPostgresql() throws Exception {
    Path work = CommanderApi.workDir("postgresql");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      Map<String, String> environment = CommanderApi.environment(work);
      environment.put(
          "HASHWATCH_DB_URL",
          postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
      environment.put("HASHWATCH_DB_USER", "postgres");
      environment.put("HASHWATCH_DB_PASSWORD", "postgres");
      try (LaunchedCommander commander = LaunchedCommander.start(work, environment)) {
        reportAndReadBack(commander, work);
      }
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          ResultSet count =
              connection.createStatement().executeQuery("SELECT COUNT(*) FROM reading")) {
        count.next();
        assertThat(count.getLong(1)).as("readings stored in PostgreSQL").isEqualTo(3);
      }
    }
  }

  @Test
  void databaseOutageAnswers503AndNothingIsLost() throws Exception {
    Path work = CommanderApi.workDir("outage");
    Path pgData = work.resolve("pg");
    int pgPort = LaunchedCommander.freePort();
    EmbeddedPostgres postgres = startPostgres(pgData, pgPort);
    Map<String, String> environment = CommanderApi.environment(work);
    environment.put(
        "HASHWATCH_DB_URL",
        postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    environment.put("HASHWATCH_DB_USER", "postgres");
    environment.put("HASHWATCH_DB_PASSWORD", "postgres");
    try (LaunchedCommander commander = LaunchedCommander.start(work, environment)) {
      JsonObject sentry = api.registerSentry(commander, "outage-sentry");
      String token = "Bearer " + sentry.getString("token");
      String reports = "api/v1/sentries/" + sentry.getJsonNumber("id").longValue() + "/reports";

      postgres.close();
      HttpResponse<String> refused = post(commander, reports, token, batch(1));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(CommanderApi.json(refused.body()).asJsonObject().getString("type"))
          .isEqualTo("urn:hashwatch:problem:storage-unavailable");
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(commander.base.resolve("health")).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).as(health.body()).isEqualTo(503);

      postgres = startPostgres(pgData, pgPort);
      HttpResponse<String> stored = post(commander, reports, token, batch(1));
      assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
      assertThat(
              CommanderApi.json(stored.body())
                  .asJsonObject()
                  .getJsonNumber("lastSequence")
                  .longValue())
          .isEqualTo(1);
      assertThat(post(commander, reports, token, batch(1)).statusCode()).isEqualTo(200);
    } finally {
      postgres.close();
    }
    try (EmbeddedPostgres again = startPostgres(pgData, pgPort);
        Connection connection = again.getPostgresDatabase().getConnection();
        ResultSet count =
            connection.createStatement().executeQuery("SELECT COUNT(*) FROM reading")) {
      count.next();
      assertThat(count.getLong(1))
          .as("the batch refused during the outage, then stored once")
          .isEqualTo(1);
    }
  }

  private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private HttpResponse<String> post(
      LaunchedCommander commander, String path, String authorization, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(commander.base.resolve(path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String batch(long seq) {
    return """
        {"entries":[{"seq":%d,"time":"2026-11-29T18:00:00Z","address":"10.0.0.9:4028",\
        "kind":"asic","reading":{"result":"reading","hashrateHs":1.0e14}}]}"""
        .formatted(seq);
  }

  private void reportAndReadBack(LaunchedCommander commander, Path work) throws Exception {
    JsonObject sentry = api.registerSentry(commander, "e2e-sentry");
    Path tokenFile = work.resolve("sentry.token");
    Files.writeString(tokenFile, sentry.getString("token"));

    Process report =
        new ProcessBuilder(
                "java",
                "-jar",
                System.getProperty("sentry.jar"),
                "report",
                "--commander",
                commander.base.toString(),
                "--id",
                String.valueOf(sentry.getJsonNumber("id").longValue()),
                "--token-file",
                tokenFile.toString(),
                System.getProperty("sentry.example"))
            .redirectErrorStream(true)
            .start();
    assertThat(report.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(report.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(report.exitValue()).as(output).isZero();
    assertThat(output).contains("sent 3 readings");

    JsonArray devices =
        CommanderApi.json(api.send(api.get(commander, "api/v1/devices"), 200)).asJsonArray();
    List<JsonObject> miners =
        devices.getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("address").equals("10.0.0.5:4028"))
            .toList();
    assertThat(miners).hasSize(1);
    JsonObject miner = miners.get(0);
    assertThat(miner.getString("make")).isEqualTo("Bitmain");
    assertThat(miner.getString("model")).isEqualTo("Antminer S19");
    assertThat(miner.getString("kind")).isEqualTo("asic");

    long id = miner.getJsonNumber("id").longValue();
    JsonObject latest =
        CommanderApi.json(api.send(api.get(commander, "api/v1/devices/" + id), 200)).asJsonObject();
    assertThat(latest.getJsonObject("reading").getJsonNumber("hashrateHs").doubleValue())
        .isEqualTo(9.5e13);
    JsonArray readings =
        CommanderApi.json(
                api.send(
                    api.get(
                        commander,
                        "api/v1/devices/"
                            + id
                            + "/readings?from=2026-11-29T00:00:00Z&to=2026-11-30T00:00:00Z"),
                    200))
            .asJsonArray();
    assertThat(readings).hasSize(1);
    assertThat(readings.getJsonObject(0).getString("time")).isEqualTo("2026-11-29T18:00:00Z");
    assertThat(readings.getJsonObject(0).getJsonArray("boards")).hasSize(3);
  }
}
