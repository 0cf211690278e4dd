package io.hashwatch.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The farm's PostgreSQL, embedded, on a fixed port and data directory, so that a test can stop it
 * and start it again as an outage does: the commanders keep their URL and the data stays.
 */
final class RestartablePostgres implements AutoCloseable {
  private final Path data;
  private final int port;
  private EmbeddedPostgres running;

  private RestartablePostgres(Path data, int port) {
    this.data = data;
    this.port = port;
  }

  static RestartablePostgres start(Path data) throws IOException {
    RestartablePostgres postgres = new RestartablePostgres(data, LaunchedCommander.freePort());
    postgres.start();
    return postgres;
  }

  void start() throws IOException {
    running =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
  }

  /** Stops the server; connections to it fail until {@link #start()}. */
  void stop() throws IOException {
    running.close();
    running = null;
  }

  /** The URL the commanders use, with batched inserts as in production. */
  String jdbcUrl() {
    return "jdbc:postgresql://localhost:"
        + port
        + "/postgres?user=postgres&reWriteBatchedInserts=true";
  }

  /** The one number {@code sql} selects, with {@code parameters} bound in order. */
  long number(String sql, Object... parameters) throws SQLException {
    return query(
        sql,
        parameters,
        row -> {
          if (!row.next()) {
            throw new SQLException("no row from " + sql);
          }
          return row.getLong(1);
        });
  }

  /** The one text {@code sql} selects, or {@code null} when it selects no row. */
  String text(String sql, Object... parameters) throws SQLException {
    return query(sql, parameters, row -> row.next() ? row.getString(1) : null);
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private <T> T query(String sql, Object[] parameters, RowReader<T> reader) throws SQLException {
    try (Connection connection = running.getPostgresDatabase().getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        return reader.read(rows);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (running != null) {
      stop();
    }
  }
}
