package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two launched commanders on one PostgreSQL, without a grid between them ({@code --nocluster}): a
 * page connected to node B hears of the readings a sentry reports to node A, and of the alerts the
 * alert cycle of node A opens, through the database alone.
 */
class ClusterLiveEndToEndIT {
  private static final Duration LIVE_LIMIT = Duration.ofSeconds(3);

  private final CommanderApi api = new CommanderApi();

  @Test
  void aPageOnNodeBSeesWhatNodeAStoredAndTheAlertsItOpened() throws Exception {
    Path work = CommanderApi.workDir("cluster-live");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      DataSource database = postgres.getPostgresDatabase();
      try (LaunchedCommander nodeA = start(work.resolve("a"), postgres, "node-a");
          LaunchedCommander nodeB = start(work.resolve("b"), postgres, "node-b");
          LivePage page = LivePage.open(nodeB)) {
        // Node A runs the alert cycle: node B's pages can only hear of its alerts from the table.
        holdAlertsLease(database, "node-a");
        JsonObject first = page.receive("the page's first message", m -> m.containsKey("alerts"));
        assertThat(first.getJsonObject("alerts").getInt("open")).isZero();

        JsonObject sentry = api.registerSentry(nodeA, "cluster-sentry");
        String miner = "10.7.0.1:4028";
        report(nodeA, sentry, 1, reading(miner, Instant.now()));
        page.receive("node A's reading on node B", m -> devices(m).contains(miner), LIVE_LIMIT);

        api.send(
            put(
                nodeA,
                "api/v1/alert-rules/cluster-offline",
                "{\"kind\":\"device-offline\",\"severity\":\"critical\",\"scope\":\"farm\","
                    + "\"sustainSeconds\":0,\"clearSeconds\":60,\"enabled\":true}"),
            200);
        String dark = "10.7.0.2:4028";
        report(nodeA, sentry, 2, unreachable(dark, Instant.now()));
        page.receive("node A's unreachable miner on node B", m -> devices(m).contains(dark));

        // The alert cycle runs every 5 s here; node B reads the counts every 5 s.
        JsonObject counted =
            page.receive(
                "the opened alert counted on node B",
                m -> m.containsKey("alerts") && m.getJsonObject("alerts").getInt("open") > 0,
                Duration.ofSeconds(30));
        assertThat(counted.getJsonObject("alerts").getInt("critical")).isEqualTo(1);
        assertThat(nodeB.log()).doesNotContain("Reading what the other nodes stored failed");
      }
    }
  }

  private static LaunchedCommander start(Path work, EmbeddedPostgres postgres, String node)
      throws Exception {
    Map<String, String> environment = CommanderApi.environment(work);
    environment.put("HASHWATCH_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
    environment.put("HASHWATCH_DB_USER", "postgres");
    environment.put("HASHWATCH_DB_PASSWORD", "postgres");
    environment.put("HASHWATCH_NODE", node);
    environment.put("HASHWATCH_ALERTS_EVERY", "PT5S");
    return LaunchedCommander.start(work, environment);
  }

  /** Gives the alert cycle's lease to {@code node} for long enough, whoever took it first. */
  private static void holdAlertsLease(DataSource database, String node) throws SQLException {
    OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10);
    try (Connection connection = database.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE farm_lease SET holder = ?, expires = ? WHERE name = 'alerts'");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO farm_lease (name, holder, expires) VALUES ('alerts', ?, ?)")) {
      update.setString(1, node);
      update.setObject(2, until);
      if (update.executeUpdate() == 0) {
        insert.setString(1, node);
        insert.setObject(2, until);
        insert.executeUpdate();
      }
    }
  }

  private void report(LaunchedCommander commander, JsonObject sentry, long seq, String entry)
      throws Exception {
    long id = sentry.getJsonNumber("id").longValue();
    String body = "{\"entries\":[" + entry.replace("SEQ", String.valueOf(seq)) + "],\"dropped\":0}";
    api.send(
        HttpRequest.newBuilder(commander.base.resolve("api/v1/sentries/" + id + "/reports"))
            .header("Authorization", "Bearer " + sentry.getString("token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        200);
  }

  private static HttpRequest.Builder put(LaunchedCommander commander, String path, String body) {
    return HttpRequest.newBuilder(commander.base.resolve(path))
        .header("Authorization", CommanderApi.admin())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body));
  }

  private static String reading(String address, Instant time) {
    return "{\"seq\":SEQ,\"time\":\"%s\",\"address\":\"%s\",\"kind\":\"asic\",\"reading\":"
            .formatted(time, address)
        + "{\"result\":\"reading\",\"make\":\"Bitmain\",\"model\":\"Antminer S19\","
        + "\"hashrateHs\":9.5e13}}";
  }

  private static String unreachable(String address, Instant time) {
    return "{\"seq\":SEQ,\"time\":\"%s\",\"address\":\"%s\",\"kind\":\"asic\",\"reading\":"
            .formatted(time, address)
        + "{\"result\":\"unreachable\",\"errors\":[\"connect timed out\"]}}";
  }

  private static List<String> devices(JsonObject message) {
    return message.getJsonArray("devices").stream()
        .map(JsonValue::asJsonObject)
        .map(device -> device.getString("address"))
        .toList();
  }

  /** A live page as a browser holds it: the WebSocket and every message it received. */
  private record LivePage(WebSocket socket, List<JsonObject> messages) implements AutoCloseable {
    private static final Duration FIRST_LIMIT = Duration.ofSeconds(10);

    static LivePage open(LaunchedCommander commander) throws Exception {
      List<JsonObject> messages = new CopyOnWriteArrayList<>();
      URI uri = URI.create(commander.base.toString().replaceFirst("^http", "ws") + "api/v1/live");
      WebSocket socket =
          new CommanderApi()
              .http
              .newWebSocketBuilder()
              .header("Authorization", CommanderApi.admin())
              .connectTimeout(CommanderApi.TIMEOUT)
              .buildAsync(uri, new Collector(messages))
              .get(CommanderApi.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      return new LivePage(socket, messages);
    }

    JsonObject receive(String what, Predicate<JsonObject> wanted) {
      return receive(what, wanted, FIRST_LIMIT);
    }

    JsonObject receive(String what, Predicate<JsonObject> wanted, Duration limit) {
      return await(what)
          .atMost(limit)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> messages.stream().filter(wanted).findFirst(), found -> found.isPresent())
          .orElseThrow();
    }

    @Override
    public void close() {
      socket.abort();
    }
  }

  /** Gathers whole text messages; a message may come in parts. */
  private static final class Collector implements WebSocket.Listener {
    private final List<JsonObject> messages;
    private final StringBuilder part = new StringBuilder();

    Collector(List<JsonObject> messages) {
      this.messages = messages;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      part.append(data);
      if (last) {
        messages.add(CommanderApi.json(part.toString()).asJsonObject());
        part.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }
}
