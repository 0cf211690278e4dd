package io.hashwatch.commander.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What one node's live feed reads of the device states the other nodes stored, on every supported
 * database; one subclass per database. Each test has a database of its own: the feed reads every
 * sentry's devices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IngestedElsewhereScenarios {
  private static final OffsetDateTime R = TelemetryTables.RECEIVED;
  private static final String THIS_NODE = "node-b";
  private static final Duration OFFLINE_AFTER = Duration.ofMinutes(5);
  private static final IngestedElsewhere.Settings SETTINGS =
      new IngestedElsewhere.Settings(Duration.ofSeconds(3), 100);

  private DatabaseServer server;
  private DataSource dataSource;
  private TelemetryTables tables;
  private final DeviceCache cache = new DeviceCache();
  private long seq;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = startServer();
  }

  @BeforeEach
  void migrate() throws SQLException {
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    tables = new TelemetryTables(dataSource);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void passesOnTheDevicesOfOtherNodesOnly() throws SQLException {
    IngestedElsewhere feed = started(SETTINGS);
    long sentryOfA = tables.newSentry();
    long sentryOfB = tables.newSentry();
    long sentryOfC = tables.newSentry();

    store("node-a", sentryOfA, R, entry("10.0.0.1:4028", R.minusSeconds(10), 100e12));
    store(THIS_NODE, sentryOfB, R, entry("10.0.0.2:4028", R.minusSeconds(10), 90e12));
    store(
        "node-c",
        sentryOfC,
        R.plusSeconds(1),
        new ReportEntry(
            ++seq,
            R.minusSeconds(9).toInstant(),
            "rig-7",
            DeviceKind.RIG,
            new Unreachable(List.of("connection refused"))));

    assertThat(feed.next())
        .extracting(
            DeviceChange::sentryId,
            DeviceChange::address,
            DeviceChange::kind,
            DeviceChange::status,
            DeviceChange::hashrateHs)
        .containsExactly(
            tuple(sentryOfA, "10.0.0.1:4028", DeviceKind.ASIC, DeviceStatus.ONLINE, 100e12),
            tuple(sentryOfC, "rig-7", DeviceKind.RIG, DeviceStatus.OFFLINE, null));
  }

  @Test
  void startsAtTheNewestStateStored() throws SQLException {
    long sentry = tables.newSentry();
    store("node-a", sentry, R.minusSeconds(10), entry("10.0.0.1:4028", R.minusSeconds(20), 1e12));
    store("node-a", sentry, R, entry("10.0.0.2:4028", R.minusSeconds(10), 2e12));

    IngestedElsewhere feed = started(SETTINGS);

    // The pages render what was stored before they opened; the overlap before the start may come.
    assertThat(feed.next()).extracting(DeviceChange::address).containsExactly("10.0.0.2:4028");
  }

  @Test
  void theOverlapReadAgainIsNotPassedOnTwice() throws SQLException {
    IngestedElsewhere feed = started(SETTINGS);
    long sentry = tables.newSentry();
    store("node-a", sentry, R, entry("10.0.0.1:4028", R.minusSeconds(10), 100e12));
    assertThat(feed.next()).hasSize(1);

    store("node-a", sentry, R.plusSeconds(1), entry("10.0.0.2:4028", R.minusSeconds(9), 50e12));
    assertThat(feed.next()).extracting(DeviceChange::address).containsExactly("10.0.0.2:4028");
    assertThat(feed.next()).isEmpty();

    // The same device stored again is a change again.
    store("node-a", sentry, R.plusSeconds(2), entry("10.0.0.1:4028", R.minusSeconds(8), 80e12));
    assertThat(feed.next()).extracting(DeviceChange::hashrateHs).containsExactly(80e12);
    assertThat(feed.next()).isEmpty();
  }

  @Test
  void aReadTakesAtMostTheBoundAndTheNextGoesOn() throws SQLException {
    IngestedElsewhere feed = started(new IngestedElsewhere.Settings(Duration.ofSeconds(3), 2));
    long sentry = tables.newSentry();
    store(
        "node-a",
        sentry,
        R,
        IntStream.rangeClosed(1, 5)
            .mapToObj(i -> entry("10.0.0." + i + ":4028", R.minusSeconds(10), i * 1e12))
            .toArray(ReportEntry[]::new));

    List<DeviceChange> passed = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int read = 0; read < 4; read++) {
      List<DeviceChange> changes = feed.next();
      sizes.add(changes.size());
      passed.addAll(changes);
    }

    assertThat(sizes).containsExactly(2, 2, 1, 0);
    assertThat(passed)
        .extracting(DeviceChange::address)
        .containsExactlyInAnyOrder(
            "10.0.0.1:4028", "10.0.0.2:4028", "10.0.0.3:4028", "10.0.0.4:4028", "10.0.0.5:4028");
  }

  @Test
  void aBatchCommittedLateWithinTheOverlapIsStillSeen() throws SQLException {
    IngestedElsewhere feed = started(SETTINGS);
    long slowSentry = tables.newSentry();
    long fastSentry = tables.newSentry();
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      new ReportWriter(cache, "node-a")
          .write(
              slow,
              slowSentry,
              new Report(List.of(entry("10.0.0.1:4028", R.minusSeconds(10), 1e12)), 0),
              R.plusSeconds(1));

      store("node-c", fastSentry, R.plusSeconds(3), entry("10.0.0.2:4028", R, 2e12));
      assertThat(feed.next()).extracting(DeviceChange::address).containsExactly("10.0.0.2:4028");

      slow.commit();
    }

    assertThat(feed.next()).extracting(DeviceChange::address).containsExactly("10.0.0.1:4028");
    assertThat(feed.next()).isEmpty();
  }

  @Test
  void thisNodesOwnStampsMoveTheStartOnSoACommitLaterThanTheOverlapIsLeftToAReload()
      throws SQLException {
    IngestedElsewhere feed = started(SETTINGS);
    long ours = tables.newSentry();
    long theirs = tables.newSentry();
    store(THIS_NODE, ours, R.plusSeconds(10), entry("10.0.0.1:4028", R, 1e12));
    assertThat(feed.next()).isEmpty();

    store("node-a", theirs, R.plusSeconds(8), entry("10.0.0.2:4028", R, 2e12));
    store("node-a", theirs, R.plusSeconds(6), entry("10.0.0.3:4028", R, 3e12));

    assertThat(feed.next()).extracting(DeviceChange::address).containsExactly("10.0.0.2:4028");
  }

  private IngestedElsewhere started(IngestedElsewhere.Settings settings) throws SQLException {
    IngestedElsewhere feed =
        new IngestedElsewhere(
            dataSource,
            Clock.fixed(R.toInstant(), ZoneOffset.UTC),
            THIS_NODE,
            OFFLINE_AFTER,
            settings);
    assertThat(feed.next()).as("the first read only finds where to start").isEmpty();
    return feed;
  }

  private void store(String node, long sentryId, OffsetDateTime received, ReportEntry... entries)
      throws SQLException {
    tables.write(cache, sentryId, new Report(List.of(entries), 0), received, node);
  }

  private ReportEntry entry(String address, OffsetDateTime time, double hashrateHs) {
    return new ReportEntry(
        ++seq, time.toInstant(), address, DeviceKind.ASIC, Polls.s19(hashrateHs));
  }
}
