package io.hashwatch.commander.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/** Rows and transactions the storage scenarios of every component set up alike. */
public final class TestRows {

  private TestRows() {}

  /** Runs {@code work} in one transaction, committed, or rolled back when it throws. */
  public static <T> T inTransaction(DataSource dataSource, LocalTransaction.Work<T> work)
      throws SQLException {
    return LocalTransaction.run(dataSource, work);
  }

  /** One statement with its parameters, committed. */
  public static void execute(DataSource dataSource, String sql, Object... values)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  /** A sentry named {@code sentry-ID} that has stored nothing yet. */
  public static void insertSentry(DataSource dataSource, long id, OffsetDateTime created)
      throws SQLException {
    execute(
        dataSource,
        "INSERT INTO sentry (id, name, token_hash, created, last_seq, dropped)"
            + " VALUES (?, ?, ?, ?, 0, 0)",
        id,
        "sentry-" + id,
        "0".repeat(64),
        created);
  }
}
