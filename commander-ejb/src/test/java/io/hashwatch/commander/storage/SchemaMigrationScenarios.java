package io.hashwatch.commander.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the schema migration must do on every supported database; one subclass per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemaMigrationScenarios {
  private static final List<String> TABLES =
      List.of(
          "site",
          "sentry",
          "device",
          "device_state",
          "reading",
          "app_user",
          "command",
          "farm_lease",
          "reading_5m",
          "reading_1h",
          "rollup_state",
          "farm_5m",
          "rollup_dirty",
          "site_layout",
          "device_place");
  // Flyway names its table in quoted lower case, which H2 would otherwise read as upper case.
  private static final String HISTORY = "SELECT COUNT(*) FROM \"flyway_schema_history\"";

  private DatabaseServer server;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = startServer();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void migratesAnEmptyDatabase() throws SQLException {
    DataSource dataSource = server.createEmpty();

    MigrateResult result = SchemaMigration.applyTo(dataSource);

    assertThat(result.success).isTrue();
    assertThat(result.initialSchemaVersion).isNull();
    assertThat(result.migrationsExecuted).isEqualTo(7);
    assertThat(result.targetSchemaVersion).isEqualTo("7");
    for (String table : TABLES) {
      assertThat(count(dataSource, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
    }
  }

  @Test
  void secondMigrateIsANoOp() throws SQLException {
    DataSource dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    long history = count(dataSource, HISTORY);

    MigrateResult again = SchemaMigration.applyTo(dataSource);

    assertThat(again.success).isTrue();
    assertThat(again.migrationsExecuted).isZero();
    assertThat(again.initialSchemaVersion).isEqualTo("7");
    assertThat(count(dataSource, HISTORY)).isEqualTo(history);
  }

  @Test
  void version2KeepsTheSentriesOfVersion1WithoutHealth() throws SQLException {
    DataSource dataSource = server.createEmpty();
    Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    execute(
        dataSource,
        "INSERT INTO sentry (id, name, token_hash, created, last_seq, dropped)"
            + " VALUES (7, 'rack-a', 'ab', CURRENT_TIMESTAMP, 42, 3)");

    MigrateResult result = SchemaMigration.applyTo(dataSource);

    // Versions 2 to 7.
    assertThat(result.migrationsExecuted).isEqualTo(6);
    assertThat(count(dataSource, "SELECT last_seq FROM sentry WHERE id = 7")).isEqualTo(42);
    assertThat(count(dataSource, "SELECT COUNT(*) FROM sentry WHERE health_time IS NULL"))
        .isEqualTo(1);
  }

  @Test
  void aCommandIsPendingExactlyWhileUnfinished() throws SQLException {
    DataSource dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    execute(
        dataSource,
        "INSERT INTO sentry (id, name, token_hash, created) VALUES (1, 's', 'ab', CURRENT_TIMESTAMP)");
    execute(
        dataSource,
        "INSERT INTO device (id, sentry_id, address, kind, first_seen)"
            + " VALUES (1, 1, 'a', 'ASIC', CURRENT_TIMESTAMP)");
    String insert =
        "INSERT INTO command (id, device_id, sentry_id, address, action, status, created_by,"
            + " created, expires, finished) VALUES (%d, 1, 1, 'a', 'RESTART', '%s', 'op',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, %s)";

    execute(dataSource, insert.formatted(1, "QUEUED", "NULL"));
    execute(dataSource, insert.formatted(2, "SUCCEEDED", "CURRENT_TIMESTAMP"));

    for (String refused :
        List.of(
            insert.formatted(3, "SENT", "CURRENT_TIMESTAMP"),
            insert.formatted(4, "FAILED", "NULL"),
            insert.formatted(5, "DONE", "CURRENT_TIMESTAMP"))) {
      assertThatThrownBy(() -> execute(dataSource, refused))
          .as(refused)
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void anAlertOpensOncePerRuleAndSubjectWhileManyMayHaveResolved() throws SQLException {
    DataSource dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    String insert =
        "INSERT INTO alert (id, rule_id, kind, severity, subject, label, message, since, opened,"
            + " resolved, open_key) VALUES (%d, 'r', 'device-offline', 'critical', 'device:1',"
            + " 'a', 'm', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, %s, %s)";

    execute(dataSource, insert.formatted(1, "CURRENT_TIMESTAMP", "NULL"));
    execute(dataSource, insert.formatted(2, "CURRENT_TIMESTAMP", "NULL"));
    execute(dataSource, insert.formatted(3, "NULL", "'r device:1'"));

    for (String refused :
        List.of(
            insert.formatted(4, "NULL", "'r device:1'"),
            insert.formatted(5, "NULL", "NULL"),
            insert.formatted(6, "CURRENT_TIMESTAMP", "'r device:2'"))) {
      assertThatThrownBy(() -> execute(dataSource, refused))
          .as(refused)
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void dialectIsTakenFromTheConnection() throws SQLException {
    DataSource dataSource = server.createEmpty();

    try (Connection connection = dataSource.getConnection()) {
      assertThat(SqlDialect.of(connection)).isEqualTo(server.dialect());
    }
  }

  @Test
  void deviceSequenceGivesOneIdAtATime() throws SQLException {
    DataSource dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);

    try (Connection connection = dataSource.getConnection()) {
      String next = "SELECT " + SqlDialect.of(connection).nextValue("device_seq");
      assertThat(count(dataSource, next)).isEqualTo(1);
      assertThat(count(dataSource, next)).isEqualTo(2);
    }
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
