package io.hashwatch.commander.watchdog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/** The watchdog's settings in {@code watchdog_settings}, one row (id 1) once an admin saved. */
public final class SettingsStore {
  private static final String SELECT =
      "SELECT enabled, steps, trigger_s, wait_s, max_cycles, site_hold_percent, updated,"
          + " updated_by FROM watchdog_settings WHERE id = 1";
  private static final String UPDATE =
      "UPDATE watchdog_settings SET enabled = ?, steps = ?, trigger_s = ?, wait_s = ?,"
          + " max_cycles = ?, site_hold_percent = ?, updated = ?, updated_by = ? WHERE id = 1";
  private static final String INSERT =
      "INSERT INTO watchdog_settings (enabled, steps, trigger_s, wait_s, max_cycles,"
          + " site_hold_percent, updated, updated_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)";

  /**
   * Settings with who saved them last.
   *
   * @param updated when they were saved, or {@code null} for the defaults
   * @param updatedBy who saved them, or {@code null} for the defaults
   */
  public record Stored(WatchdogSettings settings, OffsetDateTime updated, String updatedBy) {}

  private final DataSource dataSource;

  public SettingsStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The saved settings, or {@link WatchdogSettings#DEFAULTS} before any were saved. */
  public Stored read() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return read(connection).orElse(new Stored(WatchdogSettings.DEFAULTS, null, null));
    }
  }

  static Optional<Stored> read(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT);
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      WatchdogSettings settings =
          new WatchdogSettings(
              row.getBoolean(1),
              WatchdogSettings.parseSteps(row.getString(2)),
              Duration.ofSeconds(row.getLong(3)),
              Duration.ofSeconds(row.getLong(4)),
              row.getInt(5),
              row.getInt(6));
      return Optional.of(
          new Stored(settings, row.getObject(7, OffsetDateTime.class), row.getString(8)));
    }
  }

  /**
   * Saves {@code settings} as set by {@code by} at {@code now}, in the caller's transaction if it
   * has one (the container's: switching its connection to auto-commit made PostgreSQL's commit
   * fail).
   */
  public void write(WatchdogSettings settings, String by, OffsetDateTime now) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (execute(connection, UPDATE, settings, by, now) == 0) {
        execute(connection, INSERT, settings, by, now);
      }
    }
  }

  private static int execute(
      Connection connection, String sql, WatchdogSettings settings, String by, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setBoolean(1, settings.enabled());
      statement.setString(2, settings.stepsText());
      statement.setLong(3, settings.trigger().toSeconds());
      statement.setLong(4, settings.pause().toSeconds());
      statement.setInt(5, settings.maxCycles());
      statement.setInt(6, settings.siteHoldPercent());
      statement.setObject(7, now);
      statement.setString(8, by);
      return statement.executeUpdate();
    }
  }
}
