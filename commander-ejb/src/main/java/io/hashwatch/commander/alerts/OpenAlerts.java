package io.hashwatch.commander.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The rule engine's memory squared with the {@code alert} table, which is the truth: an alert open
 * there is open in the memory (a node that just took the lease over, or never ran, learns of it),
 * and an alert the memory holds open but the table does not (another node resolved it meanwhile)
 * goes back to a condition that holds, so it opens again if it still holds.
 */
final class OpenAlerts {
  // Only the rules' alerts: the watchdog's own (rule 'watchdog') are none of the engine's business.
  private static final String OPEN =
      "SELECT rule_id, kind, severity, subject, site, device_group, label, message, since, opened FROM alert"
          + " WHERE open_key IS NOT NULL AND rule_id <> 'watchdog'";

  private OpenAlerts() {}

  /** {@code memory} (or nothing, when {@code null}) with the open alerts of the table. */
  static Conditions squared(Connection connection, Conditions memory) throws SQLException {
    Map<AlertKey, Condition> open = read(connection);
    Map<AlertKey, Condition> alerts = new HashMap<>();
    Conditions known = memory == null ? Conditions.empty() : memory;
    known
        .alerts()
        .forEach(
            (key, condition) -> {
              if (!condition.isOpen()) {
                alerts.put(key, condition);
              } else if (!open.containsKey(key)) {
                alerts.put(key, holding(condition));
              }
            });
    open.forEach(
        (key, stored) -> {
          Condition remembered = known.alerts().get(key);
          alerts.put(key, remembered != null && remembered.isOpen() ? remembered : stored);
        });
    return new Conditions(alerts, known.shares(), known.dropped());
  }

  private static Map<AlertKey, Condition> read(Connection connection) throws SQLException {
    Map<AlertKey, Condition> open = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement(OPEN);
        ResultSet row = query.executeQuery()) {
      while (row.next()) {
        RuleKind kind = RuleKind.fromWire(row.getString("kind"));
        Severity severity = Severity.fromWire(row.getString("severity"));
        if (kind == null || severity == null) {
          continue; // written by a newer commander: left to it
        }
        Subject subject =
            new Subject(
                row.getString("subject"),
                row.getString("site"),
                row.getString("device_group"),
                row.getString("label"));
        open.put(
            new AlertKey(row.getString("rule_id"), subject.key()),
            new Condition(
                kind,
                severity,
                subject,
                row.getObject("since", OffsetDateTime.class).toInstant(),
                row.getObject("opened", OffsetDateTime.class).toInstant(),
                null,
                row.getString("message")));
      }
    }
    return open;
  }

  private static Condition holding(Condition open) {
    return new Condition(
        open.kind(),
        open.severity(),
        open.subject(),
        open.holdsSince(),
        null,
        null,
        open.message());
  }
}
