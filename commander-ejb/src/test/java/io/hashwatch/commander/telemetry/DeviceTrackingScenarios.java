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

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.telemetry.TelemetryTables.DeviceRow;
import io.hashwatch.commander.telemetry.TelemetryTables.StateRow;
import io.hashwatch.commander.telemetry.TelemetryTables.StoredRow;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How a batch creates devices and keeps their kind, make, model and latest state current, on every
 * supported database; one subclass per database. Each test registers its own sentry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeviceTrackingScenarios {
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
  void firstSeenIsTheEarliestEntryOfANewDevice() throws SQLException {
    long sentry = tables.newSentry();

    tables.write(
        new DeviceCache(),
        sentry,
        batch(asic(1, T0, s19(1e12)), gpu(2, T0, 1e6), asic(3, T0.plusSeconds(60), s19(2e12))));

    assertThat(tables.device(sentry, S19).firstSeen()).isEqualTo(T0);
    assertThat(tables.device(sentry, GPU).firstSeen()).isEqualTo(T0);
  }

  @Test
  void deviceFirstHeardUnreachableLearnsItsMakeLater() throws SQLException {
    long sentry = tables.newSentry();
    tables.write(
        new DeviceCache(), sentry, batch(asic(1, T0, Unreachable.because("connection refused"))));
    DeviceRow unknown = tables.device(sentry, S19);
    assertThat(unknown.make()).isNull();
    assertThat(unknown.model()).isNull();
    assertThat(tables.state(unknown.id()).lastSeen()).isNull();

    tables.write(new DeviceCache(), sentry, batch(asic(2, T0.plusSeconds(60), s19(1e12))));

    DeviceRow known = tables.device(sentry, S19);
    assertThat(known.id()).isEqualTo(unknown.id());
    assertThat(known.make()).isEqualTo("Bitmain");
    assertThat(known.model()).isEqualTo("Antminer S19");
    assertThat(known.firstSeen()).isEqualTo(T0);
    assertThat(tables.state(known.id()).lastSeen()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void newDeviceTakesItsMakeFromAReadingEarlierInTheBatch() throws SQLException {
    long sentry = tables.newSentry();

    tables.write(
        new DeviceCache(),
        sentry,
        batch(
            asic(1, T0, s19(100e12)),
            asic(2, T0.plusSeconds(60), Unreachable.because("connect timed out"))));

    DeviceRow device = tables.device(sentry, S19);
    assertThat(device.make()).isEqualTo("Bitmain");
    assertThat(device.model()).isEqualTo("Antminer S19");
  }

  @Test
  void unreachableAfterAReadingKeepsWhenTheDeviceWasLastSeen() throws SQLException {
    long sentry = tables.newSentry();
    tables.write(new DeviceCache(), sentry, batch(asic(1, T0, s19(100e12))));

    tables.write(
        new DeviceCache(),
        sentry,
        batch(asic(2, T0.plusSeconds(60), Unreachable.because("connect timed out"))));

    DeviceRow device = tables.device(sentry, S19);
    StateRow state = tables.state(device.id());
    assertThat(state.result()).isEqualTo("unreachable");
    assertThat(state.time()).isEqualTo(T0.plusSeconds(60));
    assertThat(state.lastSeen()).isEqualTo(T0);
    assertThat(state.hashrateHs()).isNull();
    assertThat(parse(state.data())).isEqualTo(Unreachable.because("connect timed out"));
    assertThat(device.make()).isEqualTo("Bitmain");
    assertThat(device.model()).isEqualTo("Antminer S19");
  }

  @Test
  void unreachableAfterAReadingInOneBatchKeepsWhenTheDeviceWasLastSeen() throws SQLException {
    long sentry = tables.newSentry();

    tables.write(
        new DeviceCache(),
        sentry,
        batch(
            asic(1, T0, s19(100e12)),
            asic(2, T0.plusSeconds(60), Unreachable.because("connect timed out"))));

    StateRow state = tables.state(tables.device(sentry, S19).id());
    assertThat(state.result()).isEqualTo("unreachable");
    assertThat(state.time()).isEqualTo(T0.plusSeconds(60));
    assertThat(state.lastSeen()).isEqualTo(T0);
  }

  @Test
  void olderEntryNeverReplacesNewerState() throws SQLException {
    long sentry = tables.newSentry();
    tables.write(new DeviceCache(), sentry, batch(asic(1, T0.plusSeconds(120), s19(100e12))));

    tables.write(
        new DeviceCache(),
        sentry,
        batch(asic(2, T0, s19(50e12)), asic(3, T0.plusSeconds(60), Unreachable.because("late"))));

    StateRow state = tables.state(tables.device(sentry, S19).id());
    assertThat(state.time()).isEqualTo(T0.plusSeconds(120));
    assertThat(state.result()).isEqualTo("reading");
    assertThat(state.hashrateHs()).isEqualTo(100e12);
    assertThat(state.lastSeen()).isEqualTo(T0.plusSeconds(120));
    assertThat(tables.readings(sentry)).extracting(StoredRow::seq).containsExactly(1L, 2L, 3L);
  }

  @Test
  void newestEntryOfABatchWinsWhateverItsSequence() throws SQLException {
    long sentry = tables.newSentry();

    tables.write(
        new DeviceCache(),
        sentry,
        batch(asic(1, T0.plusSeconds(60), s19(100e12)), asic(2, T0, s19(50e12))));

    StateRow state = tables.state(tables.device(sentry, S19).id());
    assertThat(state.time()).isEqualTo(T0.plusSeconds(60));
    assertThat(state.hashrateHs()).isEqualTo(100e12);
  }

  @Test
  void writerLeavesTheCacheToItsCaller() throws SQLException {
    long sentry = tables.newSentry();
    DeviceCache cache = new DeviceCache();

    ReportWriter.Outcome outcome =
        tables.write(cache, sentry, batch(asic(1, T0, s19(1e12)), gpu(2, T0, 1e6)));

    DeviceKey asicKey = new DeviceKey(sentry, S19);
    DeviceKey gpuKey = new DeviceKey(sentry, GPU);
    assertThat(cache.get(asicKey)).isNull();
    assertThat(cache.get(gpuKey)).isNull();
    assertThat(outcome.devices())
        .containsOnlyKeys(asicKey, gpuKey)
        .containsEntry(
            asicKey,
            new DeviceRef(
                tables.device(sentry, S19).id(), DeviceKind.ASIC, "Bitmain", "Antminer S19"))
        .containsEntry(
            gpuKey,
            new DeviceRef(tables.device(sentry, GPU).id(), DeviceKind.GPU, "NVIDIA", "RTX 3070"));
  }

  @Test
  void cachedDeviceIsStillKeptCurrent() throws SQLException {
    long sentry = tables.newSentry();
    DeviceCache cache = new DeviceCache();
    cache.putAll(tables.write(cache, sentry, batch(asic(1, T0, s19(1e12)))).devices());
    long id = tables.device(sentry, S19).id();
    Reading upgraded = Reading.builder().make("Bitmain").model("Antminer S19 XP").build();

    ReportWriter.Outcome outcome =
        tables.write(
            cache,
            sentry,
            new Report(
                List.of(
                    new ReportEntry(2, T0.plusSeconds(60), S19, DeviceKind.RIG, upgraded),
                    gpu(3, T0.plusSeconds(60), 1e6)),
                0));

    assertThat(outcome.devices().get(new DeviceKey(sentry, S19)))
        .isEqualTo(new DeviceRef(id, DeviceKind.RIG, "Bitmain", "Antminer S19 XP"));
    assertThat(tables.device(sentry, S19))
        .extracting(DeviceRow::id, DeviceRow::kind, DeviceRow::model)
        .containsExactly(id, "RIG", "Antminer S19 XP");
    assertThat(tables.devices(sentry)).hasSize(2);
    assertThat(tables.readings(sentry)).extracting(StoredRow::deviceId).startsWith(id, id);
  }
}
