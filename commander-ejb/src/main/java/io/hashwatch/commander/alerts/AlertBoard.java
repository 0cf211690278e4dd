package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The alerts as people see them: listed, one by one, acknowledged, counted. */
@Stateless
public class AlertBoard {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  public AlertBoard() {}

  /** A board outside the container (tests). */
  public AlertBoard(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The alerts that pass {@code filter}, newest opened first. */
  public List<AlertView> list(AlertFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return AlertBoardRows.list(connection, filter);
    } catch (SQLException e) {
      throw new StorageException("listing alerts failed", e);
    }
  }

  public Optional<AlertView> find(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return AlertBoardRows.find(connection, id);
    } catch (SQLException e) {
      throw new StorageException("reading alert " + id + " failed", e);
    }
  }

  /**
   * Records that {@code userName} has seen the alert, unless someone did before (the first stays);
   * a resolved alert can be acknowledged too.
   *
   * @return the alert as it stands, or empty when there is none of that id
   */
  public Optional<AlertView> acknowledge(long id, String userName) {
    try (Connection connection = dataSource.getConnection()) {
      AlertBoardRows.acknowledge(connection, id, userName, OffsetDateTime.now(clock));
      return AlertBoardRows.find(connection, id);
    } catch (SQLException e) {
      throw new StorageException("acknowledging alert " + id + " failed", e);
    }
  }

  /** The open alerts by severity. */
  public AlertCounts counts() {
    try (Connection connection = dataSource.getConnection()) {
      return AlertCounts.read(connection);
    } catch (SQLException e) {
      throw new StorageException("counting the open alerts failed", e);
    }
  }
}
