package io.hashwatch.commander.notify;

import static io.hashwatch.commander.notify.Changes.deviceOpened;
import static io.hashwatch.commander.notify.Changes.deviceResolved;
import static io.hashwatch.commander.notify.Changes.sentrySilent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.commander.alerts.AlertChange;
import io.hashwatch.commander.alerts.AlertCycle;
import io.hashwatch.commander.alerts.Conditions;
import io.hashwatch.commander.alerts.RuleKind;
import io.hashwatch.commander.alerts.Scope;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.fleet.DuplicateNameException;
import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.FleetRows;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Channels and the outbox they fill, on every supported database; one subclass per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxScenarios {
  private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");
  private static final URI HOOK = URI.create("http://127.0.0.1:9/hook");
  private static final Map<String, Integer> SITES = Map.of("hall-a", 48, "hall-b", 10);

  private DatabaseServer server;
  private DataSource dataSource;
  private ChannelStore store;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = startServer();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void newDatabase() throws SQLException {
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    store = new ChannelStore();
    store.dataSource = dataSource;
    store.clock = new SetClock(T0);
  }

  @Test
  void channelsAreStoredChangedAndDeletedAndNamesAreUnique() {
    Channel created = store.create(Channels.telegram("ops chat", HOOK, "123:ABC", "-100"));
    Channel changed =
        new Channel(
            null,
            "ops chat",
            ChannelType.TELEGRAM,
            null,
            "456:DEF",
            "-200",
            Severity.CRITICAL,
            Scope.site("hall-a"),
            false);

    assertThat(store.find(created.id())).contains(created);
    assertThat(store.update(created.id(), changed)).contains(changed.withId(created.id()));
    assertThat(store.find(created.id())).contains(changed.withId(created.id()));
    assertThat(store.update(created.id() + 100, changed)).isEmpty();
    assertThatThrownBy(() -> store.create(Channels.discord("ops chat", HOOK)))
        .isInstanceOf(DuplicateNameException.class)
        .hasMessageContaining("ops chat");
    Channel other = store.create(Channels.discord("another", HOOK));
    assertThat(store.list()).extracting(Channel::name).containsExactly("another", "ops chat");
    assertThat(store.queueTest(other.id(), "alice")).isPresent();
    assertThat(store.delete(other.id())).isTrue();
    assertThat(store.delete(other.id())).isFalse();
    assertThat(store.notifications(null, null, 10)).isEmpty();
  }

  @Test
  void eachChannelGetsOneMessageWithTheChangesOfItsSeverityAndScope() throws SQLException {
    long everything = store.create(Channels.webhook("all", HOOK, Severity.INFO, Scope.FARM)).id();
    long critical =
        store.create(Channels.webhook("critical", HOOK, Severity.CRITICAL, Scope.FARM)).id();
    long hallB =
        store.create(Channels.webhook("hall-b", HOOK, Severity.INFO, Scope.site("hall-b"))).id();
    long device7 =
        store.create(Channels.webhook("device 7", HOOK, Severity.INFO, Scope.device(7))).id();
    long quiet =
        store.create(Channels.webhook("hall-c", HOOK, Severity.INFO, Scope.site("hall-c"))).id();
    Channel off = Channels.webhook("off", HOOK, Severity.INFO, Scope.FARM);
    store.create(
        new Channel(
            null, "off", off.type(), off.url(), null, null, off.minSeverity(), off.scope(), false));
    List<AlertChange> changes =
        List.of(
            deviceOpened(RuleKind.TEMPERATURE_HIGH, Severity.WARNING, 7, "hall-a", T0),
            sentrySilent(3, "hall-b", T0),
            deviceResolved(RuleKind.HASHRATE_LOW, Severity.WARNING, 9, "hall-b", T0));

    List<Long> written = enqueue(changes);

    Map<Long, Message> messages = messages();
    assertThat(written).hasSize(4);
    assertThat(messages.keySet())
        .containsExactlyInAnyOrder(everything, critical, hallB, device7)
        .doesNotContain(quiet);
    assertThat(messages.get(everything).title())
        .isEqualTo("[critical] Hashwatch: 2 alerts opened, 1 resolved");
    assertThat(messages.get(everything).lines())
        .containsExactly(
            "[warning] 10.0.7:4028 temperature-high for 5 min",
            "[critical] sentry s3 silent for 10 min",
            "[resolved] cleared: 10.0.9:4028 hashrate-low for 5 min");
    assertThat(messages.get(critical).title()).isEqualTo("[critical] sentry s3 silent for 10 min");
    assertThat(messages.get(hallB).changes())
        .extracting(Message.Change::subject)
        .containsExactly("sentry:3", "device:9");
    assertThat(messages.get(device7).changes())
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo("temperature-high"));
    assertThat(store.notifications(everything, null, 10))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
              assertThat(n.attempts()).isZero();
              assertThat(n.nextAttempt().toInstant()).isEqualTo(T0);
              assertThat(n.title()).isEqualTo(messages.get(everything).title());
            });
    assertThat(enqueue(List.of())).isEmpty();
  }

  @Test
  void aSiteGoingDarkIsOneLineThatCountsItsDevices() throws SQLException {
    long farm = store.create(Channels.webhook("all", HOOK, Severity.INFO, Scope.FARM)).id();
    store.create(Channels.webhook("hall-b", HOOK, Severity.INFO, Scope.site("hall-b")));
    List<AlertChange> changes = new ArrayList<>();
    for (int device = 1; device <= 40; device++) {
      changes.add(deviceOpened(RuleKind.DEVICE_OFFLINE, Severity.CRITICAL, device, "hall-a", T0));
    }
    changes.add(deviceOpened(RuleKind.FAN_STOPPED, Severity.WARNING, 99, "hall-a", T0));

    List<Long> written = enqueue(changes);

    assertThat(written).hasSize(1);
    Message message = messages().get(farm);
    assertThat(message.lines())
        .containsExactly(
            "[critical] site hall-a: 40 of 48 devices offline",
            "[warning] 10.0.99:4028 fan-stopped for 5 min");
    assertThat(message.bursts()).containsExactly(new Message.Burst("hall-a", 40, 48, "critical"));
    assertThat(message.changes()).extracting(Message.Change::subject).containsExactly("device:99");
    assertThat(message.title()).isEqualTo("[critical] Hashwatch: 41 alerts opened, 0 resolved");
  }

  @Test
  void manyChangesAreCutToTwentyLinesThatSayHowManyMore() throws SQLException {
    long farm = store.create(Channels.webhook("all", HOOK, Severity.INFO, Scope.FARM)).id();
    List<AlertChange> changes = new ArrayList<>();
    for (int device = 1; device <= 60; device++) {
      changes.add(deviceOpened(RuleKind.FAN_STOPPED, Severity.WARNING, device, null, T0));
    }

    enqueue(changes);

    Message message = messages().get(farm);
    assertThat(message.lines()).hasSize(20).last().isEqualTo("and 41 more");
    assertThat(message.changes()).hasSize(Message.MAX_CHANGES);
    assertThat(message.moreChanges()).isEqualTo(60 - Message.MAX_CHANGES);
  }

  /**
   * The whole path, cycle to outbox: every miner of a site stops answering at once, and the alert
   * cycle (default rules, the outbox as its listener) writes one message saying so, no matter how
   * many devices; the alerts themselves are one per device.
   */
  @Test
  void aSiteGoingDarkThroughTheAlertCycleIsOneNotification() throws SQLException {
    FleetRows fleet = new FleetRows(dataSource);
    long sentry = fleet.newSentry(fleet.newSite("hall-c"));
    for (int i = 1; i <= 12; i++) {
      fleet.newDevice(
          sentry,
          "10.0.3." + i + ":4028",
          "ASIC",
          "S19",
          FleetRows.State.reading(T0.atOffset(ZoneOffset.UTC), 100e12, 3000));
    }
    store.create(Channels.webhook("hall-c hook", HOOK, Severity.CRITICAL, Scope.site("hall-c")));
    AlertCycle cycle = new AlertCycle(dataSource, Duration.ofMinutes(5), AlertNotices.OUTBOX);

    Conditions memory = null;
    int opened = 0;
    for (Instant now = T0;
        now.isBefore(T0.plus(Duration.ofMinutes(15)));
        now = now.plusSeconds(30)) {
      AlertCycle.Outcome outcome = cycle.run(now, memory);
      memory = outcome.memory();
      opened += outcome.changes().size();
    }

    assertThat(opened).as("one alert per device").isEqualTo(12);
    assertThat(messages().values())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.title())
                  .isEqualTo("[critical] site hall-c: 12 of 12 devices offline");
              assertThat(message.bursts())
                  .containsExactly(new Message.Burst("hall-c", 12, 12, "critical"));
            });
  }

  private List<Long> enqueue(List<AlertChange> changes) throws SQLException {
    return TestRows.inTransaction(
        dataSource, connection -> AlertNotices.enqueue(connection, changes, SITES, T0));
  }

  private Map<Long, Message> messages() throws SQLException {
    Map<Long, Message> messages = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT channel_id, body FROM notification ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        assertThat(messages.put(rows.getLong(1), MessageJson.read(rows.getString(2))))
            .as("one message per channel")
            .isNull();
      }
    }
    return messages;
  }
}
