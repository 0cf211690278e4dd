package io.hashwatch.commander.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * A lease on once-per-farm work in the {@code farm_lease} table. Non-persistent timers fire on
 * every node of a farm; each node tries the lease and only its holder works. The holder renews it
 * on each try; another node takes it over once it has expired. Each statement commits on its own,
 * so a taken lease is visible to the other nodes at once.
 */
public final class FarmLease {
  private static final String RENEW_OR_TAKE_OVER =
      "UPDATE farm_lease SET holder = ?, expires = ? WHERE name = ? AND (holder = ? OR expires < ?)";
  private static final String TAKE_FIRST =
      "INSERT INTO farm_lease (name, holder, expires) VALUES (?, ?, ?)";
  // The SQL state of a unique or primary key violation, on PostgreSQL and H2 alike.
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;

  public FarmLease(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Takes or renews the lease {@code name} for {@code holder} until {@code now + ttl}.
   *
   * @return whether {@code holder} holds the lease now
   */
  public boolean tryTake(String name, String holder, Duration ttl, OffsetDateTime now)
      throws SQLException {
    OffsetDateTime expires = now.plus(ttl);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      if (renewOrTakeOver(connection, name, holder, expires, now)) {
        return true;
      }
      try (PreparedStatement insert = connection.prepareStatement(TAKE_FIRST)) {
        insert.setString(1, name);
        insert.setString(2, holder);
        insert.setObject(3, expires);
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          // Another node holds it, or took it first in a race: it works, this one does not.
          return false;
        }
        throw e;
      }
    }
  }

  private static boolean renewOrTakeOver(
      Connection connection, String name, String holder, OffsetDateTime expires, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(RENEW_OR_TAKE_OVER)) {
      update.setString(1, holder);
      update.setObject(2, expires);
      update.setString(3, name);
      update.setString(4, holder);
      update.setObject(5, now);
      return update.executeUpdate() == 1;
    }
  }
}
