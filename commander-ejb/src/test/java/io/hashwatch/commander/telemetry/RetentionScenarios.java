package io.hashwatch.commander.telemetry;

import static io.hashwatch.commander.telemetry.TelemetryTables.utc;
import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deleting readings and rollups past their keeping time, and only what the next level holds, on
 * every supported database; one subclass per database. Each test has its own database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RetentionScenarios {
  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");
  private static final String ASIC = "10.0.0.1:4028";
  private static final Duration DAY = Duration.ofDays(1);
  // One row per statement, so that the batching is exercised.
  private static final Retention.Settings KEEP =
      new Retention.Settings(
          DAY.multipliedBy(7), DAY.multipliedBy(2), DAY.multipliedBy(730), 1, 100);

  private DatabaseServer server;
  private RollupTables tables;

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
    tables = new RollupTables(server);
  }

  private void store(Instant time) throws SQLException {
    tables.live(ASIC, time, RollupScenarios.hashing(10, 100, 60, 1));
  }

  private Rollups.Outcome rollUp(int steps) throws SQLException {
    return new Rollups(
            tables.dataSource,
            new Rollups.Settings(Rollups.Settings.DEFAULT_GRACE, steps, KEEP.raw()))
        .run(utc(NOW));
  }

  private Retention.Outcome retain(Retention.Settings keep) throws SQLException {
    return new Retention(tables.dataSource, keep).run(utc(NOW));
  }

  private long rows(String table) throws SQLException {
    return tables.count("SELECT COUNT(*) FROM " + table);
  }

  @Test
  void deletesEachLevelPastItsKeepingTimeInBatches() throws SQLException {
    store(NOW.minus(DAY.multipliedBy(10)));
    store(NOW.minus(DAY.multipliedBy(10)).plusSeconds(60));
    store(NOW.minus(DAY));
    rollUp(1000);

    assertThat(retain(KEEP)).isEqualTo(new Retention.Outcome(2, 1, 0));
    assertThat(rows("reading")).isEqualTo(1);
    assertThat(rows("reading_5m")).isEqualTo(1);
    assertThat(rows("reading_1h")).isEqualTo(2);

    Retention.Settings shortHourly =
        new Retention.Settings(KEEP.raw(), KEEP.fiveMinutes(), DAY.multipliedBy(5), 1, 100);
    assertThat(retain(shortHourly)).isEqualTo(new Retention.Outcome(0, 0, 1));
    assertThat(rows("reading_1h")).isEqualTo(1);
  }

  @Test
  void oneRunDeletesAtMostItsBatches() throws SQLException {
    for (int i = 0; i < 5; i++) {
      store(NOW.minus(DAY.multipliedBy(10)).plusSeconds(i));
    }
    rollUp(1000);
    Retention.Settings twoBatches =
        new Retention.Settings(KEEP.raw(), KEEP.fiveMinutes(), KEEP.hourly(), 2, 2);

    assertThat(retain(twoBatches).raw()).isEqualTo(4);
    assertThat(retain(twoBatches).raw()).isEqualTo(1);
    assertThat(rows("reading")).isZero();
  }

  @Test
  void keepsWhatIsNotRolledUpYet() throws SQLException {
    store(NOW.minus(DAY.multipliedBy(10)));
    store(NOW.minus(DAY.multipliedBy(10)).plus(Duration.ofHours(2)));

    assertThat(retain(KEEP)).isEqualTo(new Retention.Outcome(0, 0, 0));

    // One step rolls the first hour only: the reading of the third hour stays until it is rolled.
    rollUp(1);
    assertThat(retain(KEEP)).isEqualTo(new Retention.Outcome(1, 1, 0));
    assertThat(rows("reading")).isEqualTo(1);
    assertThat(rows("reading_1h")).isEqualTo(1);
  }
}
