package io.hashwatch.commander.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The count of each sentry's devices on every supported database; one subclass per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeviceCountsScenarios {
  private static final OffsetDateTime T = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private DatabaseServer server;
  private DataSource dataSource;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void migrate() throws Exception {
    server = startServer();
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void countsTheDevicesOfEachSentryThatHasAny() throws Exception {
    TestRows.insertSentry(dataSource, 1, T);
    TestRows.insertSentry(dataSource, 2, T);
    TestRows.insertSentry(dataSource, 3, T);
    device(10, 1, "10.0.0.1");
    device(11, 1, "10.0.0.2");
    device(12, 1, "10.0.0.3");
    device(13, 3, "10.0.0.1");

    try (Connection connection = dataSource.getConnection()) {
      assertThat(DeviceCounts.perSentry(connection)).isEqualTo(Map.of(1L, 3L, 3L, 1L));
    }
  }

  private void device(long id, long sentry, String address) throws Exception {
    TestRows.execute(
        dataSource,
        "INSERT INTO device (id, sentry_id, address, kind, first_seen) VALUES (?, ?, ?, 'ASIC', ?)",
        id,
        sentry,
        address,
        T);
  }
}
