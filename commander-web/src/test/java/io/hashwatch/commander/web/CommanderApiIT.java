package io.hashwatch.commander.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The REST API on a real Payara Micro running the very WAR the build made, with its embedded H2
 * database. Every test registers its own sentry, so no test depends on another.
 */
@OnPayaraMicro
@RunAsClient
class CommanderApiIT {

  @ArquillianResource URL deployment;

  private CommanderApi api;
  private static final String LAYOUT =
      "{\"rows\":1,\"racksPerRow\":1,\"shelvesPerRack\":1,\"slotsPerShelf\":2}";

  private CommanderApi.Sentry sentry;

  @Deployment(testable = false)
  static WebArchive commander() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("commander.war")));
  }

  @BeforeEach
  void registerSentry() throws Exception {
    api = new CommanderApi(deployment.toURI());
    sentry = api.registerSentry("it-" + UUID.randomUUID());
  }

  @Test
  void storesAReportAndGivesItBack() {
    String address = "10.9.0.1:4028";
    HttpResponse<String> answer =
        api.report(sentry.id(), CommanderApi.bearer(sentry.token()), batch(1, address, 2));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject body = CommanderApi.json(answer.body()).asJsonObject();
    assertThat(body.getJsonNumber("lastSequence").longValue()).isEqualTo(2);
    assertThat(body.getJsonArray("commands")).isEmpty();

    JsonObject device = deviceOf(address);
    assertThat(device.getString("kind")).isEqualTo("asic");
    assertThat(device.getString("make")).isEqualTo("Bitmain");
    assertThat(device.getString("model")).isEqualTo("Antminer S19 Pro");
    assertThat(device.getString("lastSeen")).isEqualTo("2026-11-29T10:00:30Z");

    JsonArray readings = readingsOf(device);
    assertThat(readings).hasSize(2);
    JsonObject first = readings.getJsonObject(0);
    assertThat(first.getString("time")).isEqualTo("2026-11-29T10:00:00Z");
    assertThat(first.getString("result")).isEqualTo("reading");
    assertThat(first.getJsonNumber("hashrateHs").doubleValue()).isEqualTo(1.1e14);
    assertThat(first.getJsonArray("boards").getJsonObject(0).getInt("chips")).isEqualTo(76);
    assertThat(first.containsKey("powerW"))
        .as("a figure the miner did not give stays absent")
        .isFalse();

    JsonObject latest = latestStateOf(device);
    assertThat(latest.getString("time")).isEqualTo("2026-11-29T10:00:30Z");
    assertThat(latest.getJsonObject("reading").getJsonNumber("hashrateHs").doubleValue())
        .isEqualTo(1.2e14);
  }

  @Test
  void givesAChartHistoryWithoutPollsThatHadNoReading() {
    String address = "10.9.0.9:4028";
    String unreachable =
        """
        {"seq":3,"time":"2026-11-29T10:01:00Z","address":"%s","kind":"asic",\
        "reading":{"result":"unreachable","errors":["timeout"]}}"""
            .formatted(address);
    String twoAndAGap =
        batch(1, address, 2).replace("],\"dropped\"", "," + unreachable + "],\"dropped\"");
    assertThat(
            api.report(sentry.id(), CommanderApi.bearer(sentry.token()), twoAndAGap).statusCode())
        .isEqualTo(200);
    String history =
        "api/v1/devices/"
            + deviceOf(address).getJsonNumber("id").longValue()
            + "/history?from=2026-11-29T10:00:00Z&to=2026-11-29T11:00:00Z";

    JsonArray points = api.getArrayAsAdmin(history);

    assertThat(points).hasSize(2);
    JsonObject first = points.getJsonObject(0);
    assertThat(first.getString("time")).isEqualTo("2026-11-29T10:00:00Z");
    assertThat(first.getJsonNumber("hashrateHs").doubleValue()).isEqualTo(1.1e14);
    assertThat(first.getJsonNumber("maxTempC").doubleValue()).isEqualTo(70.5);
    assertThat(first.getInt("samples")).isEqualTo(1);
    assertThat(first.containsKey("powerW")).isFalse();
    assertThat(points.getJsonObject(1).getString("time")).isEqualTo("2026-11-29T10:00:30Z");

    HttpResponse<String> refused =
        api.get(history + "&step=10m", CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(CommanderApi.json(refused.body()).asJsonObject().getString("field"))
        .isEqualTo("step");
  }

  @Test
  void theRollupTimerRollsReadingsIntoFiveMinuteBuckets() {
    String address = "10.9.0.77:4028";
    assertThat(
            api.report(sentry.id(), CommanderApi.bearer(sentry.token()), batch(1, address, 2))
                .statusCode())
        .isEqualTo(200);
    String history =
        "api/v1/devices/"
            + deviceOf(address).getJsonNumber("id").longValue()
            + "/history?from=2026-11-29T10:00:00Z&to=2026-11-29T10:05:00Z&step=5m";

    // The timer fires every 10 s here (arquillian.xml); the readings are of a past bucket, so the
    // first run after them (or the re-roll of late readings) rolls them up.
    JsonArray points =
        await("the 10:00 bucket rolled up by the timer")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(5))
            .until(() -> api.getArrayAsAdmin(history), rolled -> !rolled.isEmpty());

    assertThat(points).hasSize(1);
    JsonObject bucket = points.getJsonObject(0);
    assertThat(bucket.getString("time")).isEqualTo("2026-11-29T10:00:00Z");
    assertThat(bucket.getInt("samples")).isEqualTo(2);
    assertThat(bucket.getJsonNumber("hashrateHs").doubleValue()).isEqualTo((1.1e14 + 1.2e14) / 2);
  }

  @Test
  void storesABatchSentTwiceOnce() {
    String address = "10.9.0.2:4028";
    String batch = batch(1, address, 3);

    HttpResponse<String> first =
        api.report(sentry.id(), CommanderApi.bearer(sentry.token()), batch);
    HttpResponse<String> again =
        api.report(sentry.id(), CommanderApi.bearer(sentry.token()), batch);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(
            CommanderApi.json(again.body())
                .asJsonObject()
                .getJsonNumber("lastSequence")
                .longValue())
        .isEqualTo(3);
    assertThat(readingsOf(deviceOf(address))).hasSize(3);

    HttpResponse<String> overlapping =
        api.report(sentry.id(), CommanderApi.bearer(sentry.token()), batch(2, address, 3));
    assertThat(
            CommanderApi.json(overlapping.body())
                .asJsonObject()
                .getJsonNumber("lastSequence")
                .longValue())
        .isEqualTo(4);
    assertThat(readingsOf(deviceOf(address))).hasSize(4);
  }

  @Test
  void refusesABadPayloadAndWritesNothingOfIt() {
    String address = "10.9.0.3:4028";
    String good = entry(1, address, "2026-11-29T10:00:00Z", 1.1e14);
    String bad = entry(2, address, "2026-11-29T10:00:30Z", -5);

    HttpResponse<String> answer =
        api.report(
            sentry.id(),
            CommanderApi.bearer(sentry.token()),
            "{\"entries\":[" + good + "," + bad + "]}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = CommanderApi.json(answer.body()).asJsonObject();
    assertThat(problem.getString("field")).isEqualTo("entries[1].reading.hashrateHs");
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(devicesOfSentry()).isEmpty();
    assertThat(lastSequenceHeld()).isZero();

    for (String broken : List.of("not json", "{\"entries\":5}", "[]", "")) {
      HttpResponse<String> refused =
          api.report(sentry.id(), CommanderApi.bearer(sentry.token()), broken);
      assertThat(refused.statusCode()).as(broken).isEqualTo(400);
      assertThat(CommanderApi.json(refused.body()).asJsonObject().getString("field")).isNotBlank();
    }
    assertThat(lastSequenceHeld()).isZero();
  }

  @Test
  void refusesAWrongOrMissingToken() {
    CommanderApi.Sentry other = api.registerSentry("it-other-" + UUID.randomUUID());
    String batch = batch(1, "10.9.0.4:4028", 1);

    for (String authorization :
        new String[] {
          null,
          CommanderApi.bearer("hws_wrong"),
          CommanderApi.bearer(other.token()),
          CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD)
        }) {
      HttpResponse<String> refused = api.report(sentry.id(), authorization, batch);
      assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
    }
    assertThat(devicesOfSentry()).isEmpty();
  }

  @Test
  void refusesPeopleWithoutTheRightPassword() {
    assertThat(api.get("api/v1/devices", null).statusCode()).isEqualTo(401);
    assertThat(api.get("api/v1/devices", CommanderApi.basic("admin", "wrong")).statusCode())
        .isEqualTo(401);
    assertThat(api.get("api/v1/devices", CommanderApi.bearer(sentry.token())).statusCode())
        .isEqualTo(401);
    assertThat(
            api.get("api/v1/devices/0", CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void healthIsUpWithTheDatabase() throws Exception {
    URI root = deployment.toURI().resolve("/");
    HttpResponse<String> health = new CommanderApi(root).get("health", null);
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    JsonObject body = CommanderApi.json(health.body()).asJsonObject();
    assertThat(body.getString("status")).isEqualTo("UP");
    assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
        .anySatisfy(
            check -> {
              assertThat(check.getString("name")).isEqualTo("database");
              assertThat(check.getString("status")).isEqualTo("UP");
            });
  }

  private long lastSequenceHeld() {
    HttpResponse<String> answer =
        api.report(sentry.id(), CommanderApi.bearer(sentry.token()), "{\"entries\":[]}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return CommanderApi.json(answer.body())
        .asJsonObject()
        .getJsonNumber("lastSequence")
        .longValue();
  }

  @Test
  void anAdminLaysOutASiteAndPlacesItsDevicesThroughTheApi() {
    // Devices of sentries without a site belong to the farm's first site: make sure ours is not it.
    api.registerSentry("it-first-" + UUID.randomUUID(), "it-first-site");
    String site = "racks-" + UUID.randomUUID();
    CommanderApi.Sentry racked = api.registerSentry("it-racks-" + UUID.randomUUID(), site);
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    HttpResponse<String> reported =
        api.report(
            racked.id(),
            CommanderApi.bearer(racked.token()),
            "{\"entries\":["
                + entry(1, "10.40.0.1:4028", now, 1e14)
                + ","
                + entry(2, "10.40.0.2:4028", now, 1e14)
                + ","
                + entry(3, "10.40.0.10:4028", now, 1e14)
                + "]}");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
    long siteId =
        api.getArrayAsAdmin("api/v1/sites").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("name").equals(site))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String admin = CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD);
    String layoutPath = "api/v1/sites/" + siteId + "/layout";

    assertThat(api.get(layoutPath, admin).statusCode()).as("not laid out yet").isEqualTo(404);
    assertThat(api.put(layoutPath, api.addUser("operator"), LAYOUT).statusCode()).isEqualTo(403);
    HttpResponse<String> tooBig =
        api.put(layoutPath, admin, LAYOUT.replace("\"rows\":1", "\"rows\":101"));
    assertThat(tooBig.statusCode()).isEqualTo(400);
    assertThat(tooBig.body()).contains("rows");
    HttpResponse<String> laidOut = api.put(layoutPath, admin, LAYOUT);
    assertThat(laidOut.statusCode()).as(laidOut.body()).isEqualTo(200);
    assertThat(CommanderApi.json(laidOut.body()).asJsonObject().getInt("slots")).isEqualTo(2);

    HttpResponse<String> placed = api.post("api/v1/sites/" + siteId + "/auto-place", admin, "");
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
    JsonObject counts = CommanderApi.json(placed.body()).asJsonObject();
    assertThat(counts.getInt("placed")).isEqualTo(2);
    assertThat(counts.getInt("left")).as("two slots for three devices").isEqualTo(1);

    long last = idOf(racked, "10.40.0.10:4028");
    HttpResponse<String> occupied =
        api.put(
            "api/v1/sites/" + siteId + "/places/" + last,
            admin,
            "{\"row\":1,\"rack\":1,\"shelf\":1,\"slot\":1}");
    assertThat(occupied.statusCode()).isEqualTo(409);
    assertThat(occupied.body())
        .as("the first address in address order took slot 1")
        .contains("10.40.0.1:4028");
    long first = idOf(racked, "10.40.0.1:4028");
    assertThat(api.delete("api/v1/sites/" + siteId + "/places/" + first, admin).statusCode())
        .isEqualTo(204);
    assertThat(
            api.put(
                    "api/v1/sites/" + siteId + "/places/" + last,
                    admin,
                    "{\"row\":1,\"rack\":1,\"shelf\":1,\"slot\":1}")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> shrink =
        api.put(layoutPath, admin, LAYOUT.replace("\"slotsPerShelf\":2", "\"slotsPerShelf\":1"));
    assertThat(shrink.statusCode()).as("a placed device would stand outside").isEqualTo(409);
    assertThat(CommanderApi.json(api.get(layoutPath, admin).body()).asJsonObject().getInt("placed"))
        .isEqualTo(2);
  }

  @Test
  void anAdminPutsADeviceInAGroupAndTakesItOut() {
    CommanderApi.Sentry sentry = api.registerSentry("it-group-" + UUID.randomUUID());
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    HttpResponse<String> reported =
        api.report(
            sentry.id(),
            CommanderApi.bearer(sentry.token()),
            "{\"entries\":[" + entry(1, "10.41.0.1:4028", now, 1e14) + "]}");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
    long device = idOf(sentry, "10.41.0.1:4028");
    String admin = CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD);
    String path = "api/v1/devices/" + device + "/group";

    assertThat(api.put(path, api.addUser("operator"), "{\"group\":\"row-a\"}").statusCode())
        .isEqualTo(403);
    HttpResponse<String> tooLong = api.put(path, admin, "{\"group\":\"" + "x".repeat(121) + "\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("group");
    assertThat(api.put("api/v1/devices/999999999/group", admin, "{\"group\":\"a\"}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> grouped = api.put(path, admin, "{\"group\":\" row-a \"}");
    assertThat(grouped.statusCode()).as(grouped.body()).isEqualTo(200);
    assertThat(CommanderApi.json(grouped.body()).asJsonObject().getString("group"))
        .isEqualTo("row-a");
    assertThat(
            CommanderApi.json(api.get("api/v1/devices/" + device, admin).body())
                .asJsonObject()
                .getString("group"))
        .isEqualTo("row-a");
    HttpResponse<String> ungrouped = api.put(path, admin, "{\"group\":null}");
    assertThat(ungrouped.statusCode()).isEqualTo(200);
    assertThat(CommanderApi.json(ungrouped.body()).asJsonObject().containsKey("group")).isFalse();
  }

  private long idOf(CommanderApi.Sentry owner, String address) {
    return api.getArrayAsAdmin("api/v1/devices").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getJsonNumber("sentryId").longValue() == owner.id())
        .filter(d -> d.getString("address").equals(address))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private List<JsonObject> devicesOfSentry() {
    return api.getArrayAsAdmin("api/v1/devices").getValuesAs(JsonObject.class).stream()
        .filter(device -> device.getJsonNumber("sentryId").longValue() == sentry.id())
        .toList();
  }

  private JsonObject deviceOf(String address) {
    List<JsonObject> matching =
        devicesOfSentry().stream().filter(d -> d.getString("address").equals(address)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private JsonArray readingsOf(JsonObject device) {
    return api.getArrayAsAdmin(
        "api/v1/devices/"
            + device.getJsonNumber("id").longValue()
            + "/readings?from=2026-11-29T00:00:00Z&to=2026-11-30T00:00:00Z");
  }

  private JsonObject latestStateOf(JsonObject device) {
    HttpResponse<String> response =
        api.get(
            "api/v1/devices/" + device.getJsonNumber("id").longValue(),
            CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD));
    assertThat(response.statusCode()).isEqualTo(200);
    return CommanderApi.json(response.body()).asJsonObject();
  }

  /** {@code count} readings of one miner, 30 s apart, numbered from {@code firstSeq}. */
  private static String batch(long firstSeq, String address, int count) {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < count; i++) {
      long seq = firstSeq + i;
      String time = Instant.parse("2026-11-29T10:00:00Z").plusSeconds(30 * (seq - 1)).toString();
      entries
          .append(i == 0 ? "" : ",")
          .append(entry(seq, address, time, 1.1e14 + seq * 0.1e14 - 0.1e14));
    }
    return "{\"entries\":[" + entries + "],\"dropped\":0}";
  }

  private static String entry(long seq, String address, String time, double hashrate) {
    return """
        {"seq":%d,"time":"%s","address":"%s","kind":"asic","reading":{"result":"reading",\
        "make":"Bitmain","model":"Antminer S19 Pro","firmware":"stock","hashrateHs":%s,\
        "boards":[{"index":0,"hashrateHs":3.6e13,"chipTempC":70.5,"chips":76,"expectedChips":76}],\
        "fansRpm":[5400,5460,5520,5580],"accepted":120,"rejected":1}}"""
        .formatted(seq, time, address, Double.toString(hashrate));
  }
}
