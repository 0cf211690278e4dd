package io.hashwatch.commander.actions;

import io.hashwatch.commander.storage.SqlDialect;
import io.hashwatch.protocols.report.CommandAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command table in SQL that runs unchanged on H2 and PostgreSQL. Public for the watchdog, which
 * writes its commands in the transaction that records its progress.
 */
public final class CommandRows {
  private static final String COLUMNS =
      "id, device_id, sentry_id, address, action, pools, status, created_by, created, sent,"
          + " finished, expires, detail";
  // The sentry and address come from the device row in the same statement: no device, no row.
  private static final String INSERT =
      "INSERT INTO command (id, device_id, sentry_id, address, action, pools, status, created_by,"
          + " created, expires) SELECT ?, id, sentry_id, address, ?, ?, 'QUEUED', ?, ?, ?"
          + " FROM device WHERE id = ?";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM command WHERE id = ?";

  private CommandRows() {}

  /** Stores {@code command}; its id, or empty when there is no such device. */
  public static Optional<Long> insert(
      Connection connection, NewCommand command, OffsetDateTime now, OffsetDateTime expires)
      throws SQLException {
    long id = nextId(connection);
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setLong(1, id);
      insert.setString(2, command.action().name());
      insert.setString(3, PoolsJson.write(command.pools()));
      insert.setString(4, command.createdBy());
      insert.setObject(5, now);
      insert.setObject(6, expires);
      insert.setLong(7, command.deviceId());
      return insert.executeUpdate() == 1 ? Optional.of(id) : Optional.empty();
    }
  }

  static Optional<CommandView> find(Connection connection, long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(BY_ID)) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(view(row)) : Optional.empty();
      }
    }
  }

  /**
   * The newest commands first that pass {@code filter}. A pending command past its expiry counts as
   * expired, as {@link CommandView#at} shows it.
   */
  static List<CommandView> list(Connection connection, CommandFilter filter, OffsetDateTime now)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM command WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (filter.deviceId() != null) {
      sql.append(" AND device_id = ?");
      parameters.add(filter.deviceId());
    }
    CommandStatus status = filter.status();
    if (status == CommandStatus.EXPIRED) {
      sql.append(" AND (status = 'EXPIRED' OR (finished IS NULL AND expires <= ?))");
      parameters.add(now);
    } else if (status != null && status.isPending()) {
      sql.append(" AND status = ? AND expires > ?");
      parameters.add(status.name());
      parameters.add(now);
    } else if (status != null) {
      sql.append(" AND status = ?");
      parameters.add(status.name());
    }
    if (filter.createdBy() != null) {
      sql.append(" AND created_by = ?");
      parameters.add(filter.createdBy());
    }
    if (filter.action() != null) {
      sql.append(" AND action = ?");
      parameters.add(filter.action().name());
    }
    if (filter.from() != null) {
      sql.append(" AND created >= ?");
      parameters.add(filter.from());
    }
    if (filter.to() != null) {
      sql.append(" AND created < ?");
      parameters.add(filter.to());
    }
    sql.append(" ORDER BY id DESC");
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      select.setMaxRows(filter.limit());
      List<CommandView> commands = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          commands.add(view(rows));
        }
      }
      return commands;
    }
  }

  private static long nextId(Connection connection) throws SQLException {
    String sql = "SELECT " + SqlDialect.of(connection).nextValue("command_seq");
    try (PreparedStatement next = connection.prepareStatement(sql);
        ResultSet row = next.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static CommandView view(ResultSet row) throws SQLException {
    return new CommandView(
        row.getLong(1),
        row.getLong(2),
        row.getLong(3),
        row.getString(4),
        CommandAction.valueOf(row.getString(5)),
        PoolsJson.read(row.getString(6)),
        CommandStatus.valueOf(row.getString(7)),
        row.getString(8),
        row.getObject(9, OffsetDateTime.class),
        row.getObject(10, OffsetDateTime.class),
        row.getObject(11, OffsetDateTime.class),
        row.getObject(12, OffsetDateTime.class),
        row.getString(13));
  }
}
