package io.hashwatch.commander.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The {@code alert_rule} table. The day-one defaults are always there: those missing are inserted
 * whenever rules are read, each in a statement of its own so that two nodes seeding at once do not
 * fail (the loser's duplicate key is ignored).
 */
final class RuleRows {
  static final String SEEDED_BY = "commander";
  private static final String COLUMNS =
      "id, kind, severity, scope, threshold, sustain_s, clear_s, enabled, updated, updated_by";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM alert_rule";
  private static final String INSERT =
      "INSERT INTO alert_rule (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE alert_rule SET kind = ?, severity = ?, scope = ?, threshold = ?, sustain_s = ?,"
          + " clear_s = ?, enabled = ?, updated = ?, updated_by = ? WHERE id = ?";
  // The SQL state of a unique or primary key violation, on PostgreSQL and H2 alike.
  private static final String UNIQUE_VIOLATION = "23505";
  private static final Map<String, AlertRule> DEFAULTS =
      AlertRules.defaults().stream()
          .collect(Collectors.toUnmodifiableMap(AlertRule::id, Function.identity()));

  private RuleRows() {}

  static boolean isDefault(String id) {
    return DEFAULTS.containsKey(id);
  }

  static AlertRule defaultRule(String id) {
    return DEFAULTS.get(id);
  }

  /** Inserts the defaults that are missing, each committed on its own. */
  static void seedDefaults(DataSource dataSource, OffsetDateTime now) throws SQLException {
    Set<String> present = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT id FROM alert_rule WHERE id LIKE 'default-%'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        present.add(rows.getString(1));
      }
    }
    for (AlertRule rule : AlertRules.defaults()) {
      if (!present.contains(rule.id())) {
        insertAlone(dataSource, rule, now);
      }
    }
  }

  static void insertAlone(DataSource dataSource, AlertRule rule, OffsetDateTime now)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      insert(connection, rule, now, SEEDED_BY);
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      // another node seeded it first: it is there, which is all that matters
    }
  }

  static List<StoredRule> list(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      List<StoredRule> rules = new ArrayList<>();
      while (rows.next()) {
        rules.add(stored(rows));
      }
      return rules;
    }
  }

  static Optional<StoredRule> find(Connection connection, String id) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(stored(rows)) : Optional.empty();
      }
    }
  }

  /** Replaces the rule of its id, or inserts it when there is none. */
  static void put(Connection connection, AlertRule rule, OffsetDateTime now, String by)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      int i = setRule(update, 1, rule);
      update.setObject(i, now);
      update.setString(i + 1, by);
      update.setString(i + 2, rule.id());
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    insert(connection, rule, now, by);
  }

  static boolean delete(Connection connection, String id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM alert_rule WHERE id = ?")) {
      delete.setString(1, id);
      return delete.executeUpdate() == 1;
    }
  }

  private static void insert(Connection connection, AlertRule rule, OffsetDateTime now, String by)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, rule.id());
      int i = setRule(insert, 2, rule);
      insert.setObject(i, now);
      insert.setString(i + 1, by);
      insert.executeUpdate();
    }
  }

  /** Sets kind to enabled from {@code first} on; returns the next index. */
  private static int setRule(PreparedStatement statement, int first, AlertRule rule)
      throws SQLException {
    statement.setString(first, rule.kind().wire());
    statement.setString(first + 1, rule.severity().wire());
    statement.setString(first + 2, rule.scope().wire());
    if (rule.threshold() == null) {
      statement.setNull(first + 3, Types.DOUBLE);
    } else {
      statement.setDouble(first + 3, rule.threshold());
    }
    statement.setLong(first + 4, rule.sustain().toSeconds());
    statement.setLong(first + 5, rule.clear().toSeconds());
    statement.setBoolean(first + 6, rule.enabled());
    return first + 7;
  }

  private static StoredRule stored(ResultSet row) throws SQLException {
    double value = row.getDouble("threshold");
    Double threshold = row.wasNull() ? null : value;
    AlertRule rule =
        new AlertRule(
            row.getString("id"),
            RuleKind.fromWire(row.getString("kind")),
            Severity.fromWire(row.getString("severity")),
            Scope.fromWire(row.getString("scope")),
            threshold,
            Duration.ofSeconds(row.getLong("sustain_s")),
            Duration.ofSeconds(row.getLong("clear_s")),
            row.getBoolean("enabled"));
    return new StoredRule(
        rule,
        isDefault(rule.id()),
        row.getObject("updated", OffsetDateTime.class),
        row.getString("updated_by"));
  }
}
