package io.hashwatch.commander.telemetry;

import static io.hashwatch.commander.telemetry.Polls.GPU;
import static io.hashwatch.commander.telemetry.Polls.S19;
import static io.hashwatch.commander.telemetry.Polls.T0;
import static io.hashwatch.commander.telemetry.Polls.asic;
import static io.hashwatch.commander.telemetry.Polls.batch;
import static io.hashwatch.commander.telemetry.Polls.gpu;
import static io.hashwatch.commander.telemetry.Polls.parse;
import static io.hashwatch.commander.telemetry.Polls.s19;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.telemetry.TelemetryTables.DeviceRow;
import io.hashwatch.commander.telemetry.TelemetryTables.HealthRow;
import io.hashwatch.commander.telemetry.TelemetryTables.SentryRow;
import io.hashwatch.commander.telemetry.TelemetryTables.StateRow;
import io.hashwatch.commander.telemetry.TelemetryTables.StoredRow;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.protocols.report.SentryHealth;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How a report batch is stored, on every supported database; one subclass per database. Each test
 * registers its own sentry, so the tests share one migrated database and no order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportWriterScenarios {
  private DatabaseServer server;
  private TelemetryTables tables;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void migrate() throws Exception {
    server = startServer();
    var dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    tables = new TelemetryTables(dataSource);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void storesABatch() throws SQLException {
    long sentry = tables.newSentry();
    Report report =
        new Report(
            List.of(
                asic(1, T0, s19(100e12)),
                gpu(2, T0.plusSeconds(5), 61.5e6),
                asic(3, T0.plusSeconds(60), s19(0.0))),
            4);

    ReportWriter.Outcome outcome = tables.write(new DeviceCache(), sentry, report);

    assertThat(outcome.lastSequence()).isEqualTo(3);
    assertThat(outcome.stored()).isEqualTo(3);
    DeviceRow asic = tables.device(sentry, S19);
    DeviceRow gpu = tables.device(sentry, GPU);
    assertThat(tables.devices(sentry)).hasSize(2);
    assertThat(asic)
        .extracting(DeviceRow::kind, DeviceRow::make, DeviceRow::model)
        .containsExactly("ASIC", "Bitmain", "Antminer S19");
    assertThat(gpu)
        .extracting(DeviceRow::kind, DeviceRow::make, DeviceRow::model, DeviceRow::firstSeen)
        .containsExactly("GPU", "NVIDIA", "RTX 3070", T0.plusSeconds(5));

    List<StoredRow> readings = tables.readings(sentry);
    assertThat(readings).extracting(StoredRow::seq).containsExactly(1L, 2L, 3L);
    assertThat(readings)
        .extracting(StoredRow::deviceId)
        .containsExactly(asic.id(), gpu.id(), asic.id());
    assertThat(readings)
        .extracting(StoredRow::time)
        .containsExactly(T0, T0.plusSeconds(5), T0.plusSeconds(60));
    assertThat(readings).extracting(StoredRow::result).containsOnly("reading");
    assertThat(readings).extracting(StoredRow::hashrateHs).containsExactly(100e12, 61.5e6, 0.0);
    for (int i = 0; i < readings.size(); i++) {
      assertThat(parse(readings.get(i).data())).isEqualTo(report.entries().get(i).result());
    }

    StateRow asicState = tables.state(asic.id());
    assertThat(asicState.time()).isEqualTo(T0.plusSeconds(60));
    assertThat(asicState.result()).isEqualTo("reading");
    assertThat(asicState.lastSeen()).isEqualTo(T0.plusSeconds(60));
    assertThat(asicState.hashrateHs()).isZero();
    assertThat(asicState.powerW()).isEqualTo(3250.0);
    assertThat(asicState.maxTempC()).isEqualTo(71.5);
    assertThat(parse(asicState.data())).isEqualTo(s19(0.0));
    StateRow gpuState = tables.state(gpu.id());
    assertThat(gpuState.hashrateHs()).isEqualTo(61.5e6);
    assertThat(gpuState.powerW()).isNull();
    assertThat(gpuState.maxTempC()).isNull();

    assertThat(tables.sentry(sentry))
        .isEqualTo(new SentryRow(3, TelemetryTables.RECEIVED.toInstant(), 4));
  }

  @Test
  void sameBatchTwiceIsStoredOnce() throws SQLException {
    long sentry = tables.newSentry();
    Report report =
        new Report(List.of(asic(1, T0, s19(100e12)), gpu(2, T0, 60e6), asic(3, T0, s19(99e12))), 2);
    tables.write(new DeviceCache(), sentry, report);

    ReportWriter.Outcome again = tables.write(new DeviceCache(), sentry, report);

    assertThat(again.lastSequence()).isEqualTo(3);
    assertThat(again.stored()).isZero();
    assertThat(again.devices()).isEmpty();
    assertThat(tables.readings(sentry)).extracting(StoredRow::seq).containsExactly(1L, 2L, 3L);
    assertThat(tables.devices(sentry)).hasSize(2);
    assertThat(tables.sentry(sentry).lastSeq()).isEqualTo(3);
  }

  @Test
  void overlappingBatchStoresOnlyTheNewEntries() throws SQLException {
    long sentry = tables.newSentry();
    tables.write(
        new DeviceCache(),
        sentry,
        batch(asic(1, T0, s19(1e12)), asic(2, T0.plusSeconds(60), s19(2e12)), gpu(3, T0, 3e6)));

    ReportWriter.Outcome outcome =
        tables.write(
            new DeviceCache(),
            sentry,
            new Report(
                List.of(
                    asic(2, T0.plusSeconds(60), s19(20e12)),
                    gpu(3, T0, 30e6),
                    asic(4, T0.plusSeconds(120), s19(4e12)),
                    gpu(5, T0.plusSeconds(60), 5e6)),
                1));

    assertThat(outcome.stored()).isEqualTo(2);
    assertThat(outcome.lastSequence()).isEqualTo(5);
    assertThat(tables.readings(sentry))
        .extracting(StoredRow::seq, StoredRow::hashrateHs)
        .containsExactly(
            tuple(1L, 1e12), tuple(2L, 2e12), tuple(3L, 3e6), tuple(4L, 4e12), tuple(5L, 5e6));
    assertThat(tables.devices(sentry)).hasSize(2);
    assertThat(tables.sentry(sentry).lastSeq()).isEqualTo(5);
    assertThat(tables.sentry(sentry).dropped()).isEqualTo(1);
  }

  @Test
  void storesMoreEntriesThanOneJdbcBatch() throws SQLException {
    long sentry = tables.newSentry();
    String[] addresses = {"10.0.1.0:4028", "10.0.1.1:4028", "10.0.1.2:4028"};
    int count = 1_201;
    List<ReportEntry> entries = new ArrayList<>();
    for (int seq = 1; seq <= count; seq++) {
      Reading reading = Reading.builder().hashrateHs((double) seq).build();
      entries.add(
          new ReportEntry(seq, T0.plusSeconds(seq), addresses[seq % 3], DeviceKind.ASIC, reading));
    }

    ReportWriter.Outcome outcome = tables.write(new DeviceCache(), sentry, new Report(entries, 0));

    assertThat(outcome.stored()).isEqualTo(count);
    assertThat(tables.readings(sentry)).hasSize(count);
    assertThat(tables.devices(sentry)).hasSize(3);
    assertThat(tables.sentry(sentry).lastSeq()).isEqualTo(count);
    for (int seq = count - 2; seq <= count; seq++) {
      StateRow state = tables.state(tables.device(sentry, addresses[seq % 3]).id());
      assertThat(state.time()).isEqualTo(T0.plusSeconds(seq));
      assertThat(state.hashrateHs()).isEqualTo(seq);
    }
  }

  @Test
  void emptyBatchOnlyRecordsTheSentryWasHeard() throws SQLException {
    long sentry = tables.newSentry();

    ReportWriter.Outcome outcome =
        tables.write(new DeviceCache(), sentry, new Report(List.of(), 6));

    assertThat(outcome.lastSequence()).isZero();
    assertThat(outcome.stored()).isZero();
    assertThat(tables.sentry(sentry))
        .isEqualTo(new SentryRow(0, TelemetryTables.RECEIVED.toInstant(), 6));
    assertThat(tables.readings(sentry)).isEmpty();
  }

  @Test
  void unknownSentryIsRefusedAndNothingIsWritten() throws SQLException {
    long unknown = 999_999;

    assertThatThrownBy(
            () -> tables.write(new DeviceCache(), unknown, batch(asic(1, T0, s19(1e12)))))
        .isInstanceOf(UnknownSentryException.class)
        .hasMessageContaining("999999");
    assertThat(tables.readings(unknown)).isEmpty();
    assertThat(tables.devices(unknown)).isEmpty();
  }

  @Test
  void sameAddressAtTwoSentriesIsTwoDevices() throws SQLException {
    long first = tables.newSentry();
    long second = tables.newSentry();

    tables.write(new DeviceCache(), first, batch(asic(1, T0, s19(1e12))));
    tables.write(new DeviceCache(), second, batch(asic(1, T0, s19(2e12))));

    assertThat(tables.device(first, S19).id()).isNotEqualTo(tables.device(second, S19).id());
    assertThat(tables.readings(second)).extracting(StoredRow::hashrateHs).containsExactly(2e12);
  }

  @Test
  void storesTheSentrysLatestHealth() throws SQLException {
    long sentry = tables.newSentry();
    assertThat(tables.health(sentry)).isEqualTo(new HealthRow(null, null, null, null, null, null));

    tables.write(
        new DeviceCache(),
        sentry,
        new Report(
            List.of(asic(1, T0, s19(1e12))),
            0,
            new SentryHealth(T0.plusSeconds(1), 8_400L, 4_990, 10, 1_250, "0.4.0"),
            List.of()));
    tables.write(
        new DeviceCache(),
        sentry,
        new Report(
            List.of(), 0, new SentryHealth(T0.plusSeconds(31), null, 0, 0, 0, "0.4.0"), List.of()));
    HealthRow latest = tables.health(sentry);
    tables.write(new DeviceCache(), sentry, new Report(List.of(), 0));

    assertThat(latest).isEqualTo(new HealthRow(T0.plusSeconds(31), null, 0, 0, 0L, "0.4.0"));
    assertThat(tables.health(sentry)).as("a batch without health keeps the last").isEqualTo(latest);
  }

  @Test
  void theOutcomeCarriesTheCommandsWaitingAndStoresResults() throws SQLException {
    long sentry = tables.newSentry();
    tables.write(new DeviceCache(), sentry, batch(asic(1, T0, s19(1e12))));
    long command = tables.queueRestart(500_000 + sentry, tables.device(sentry, S19).id());

    ReportWriter.Outcome first =
        tables.write(new DeviceCache(), sentry, batch(asic(2, T0, s19(1e12))));
    ReportWriter.Outcome resent =
        tables.write(new DeviceCache(), sentry, batch(asic(2, T0, s19(1e12))));
    ReportWriter.Outcome withResult =
        tables.write(
            new DeviceCache(),
            sentry,
            new Report(
                List.of(),
                0,
                null,
                List.of(
                    new CommandResult(
                        command, CommandResult.Status.SUCCEEDED, T0.plusSeconds(40), "ok"))));

    SentryCommand restart = new SentryCommand(command, S19, CommandAction.RESTART, List.of());
    assertThat(first.commands()).containsExactly(restart);
    assertThat(resent.commands()).as("a resent batch is answered in full").containsExactly(restart);
    assertThat(withResult.commands()).isEmpty();
    assertThat(withResult.lastSequence()).isEqualTo(2);
    assertThat(tables.commandStatus(command)).isEqualTo("SUCCEEDED");
  }

  /** The summary columns of a device's state: algorithm, pool, warning, sleeping. */
  private List<Object> summary(long deviceId) throws SQLException {
    try (var connection = tables.connect();
        var select =
            connection.prepareStatement(
                "SELECT algorithm, pool, warning, sleeping FROM device_state WHERE device_id = ?")) {
      select.setLong(1, deviceId);
      try (var row = select.executeQuery()) {
        row.next();
        return java.util.Arrays.asList(
            row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4));
      }
    }
  }

  @Test
  void keepsTheSummaryThePagesSortAndSumOn() throws SQLException {
    long sentry = tables.newSentry();
    Reading hot =
        Reading.builder()
            .algorithm("SHA256")
            .hashrateHs(100e12)
            .boards(List.of(new Board(0, 100e12, 70.0, 92.4, 76, 76)))
            .pools(
                List.of(
                    new Pool("stratum+tcp://backup:3333", "w", "Alive", false, 0L, 0L, 0L),
                    new Pool("stratum+tcp://main:3333", "w", "Alive", true, 5L, 0L, 0L)))
            .build();
    String relay = "relay/1";
    tables.write(
        new DeviceCache(),
        sentry,
        batch(
            asic(1, T0, hot),
            new ReportEntry(
                2, T0, relay, DeviceKind.RELAY, Reading.builder().relayOn(false).build())));
    long asicId = tables.device(sentry, S19).id();
    long relayId = tables.device(sentry, relay).id();

    assertThat(summary(asicId))
        .containsExactly("SHA256", "stratum+tcp://main:3333", "temperature 92 °C", false);
    assertThat(summary(relayId)).containsExactly(null, null, null, true);

    ReportWriter.Outcome outcome =
        tables.write(
            new DeviceCache(),
            sentry,
            batch(
                asic(3, T0.plusSeconds(30), Unreachable.because("connect timed out")),
                new ReportEntry(
                    4,
                    T0.plusSeconds(30),
                    relay,
                    DeviceKind.RELAY,
                    Reading.builder().relayOn(true).build())));

    assertThat(summary(asicId)).containsExactly(null, null, "connect timed out", false);
    assertThat(summary(relayId)).containsExactly(null, null, null, false);
    assertThat(outcome.sleeping()).isEmpty();
  }
}
