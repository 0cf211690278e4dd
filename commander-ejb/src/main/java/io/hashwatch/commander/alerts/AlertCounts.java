package io.hashwatch.commander.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How many alerts are open, by severity. */
public record AlertCounts(int critical, int warning, int info) {
  public static final AlertCounts NONE = new AlertCounts(0, 0, 0);

  private static final String OPEN_BY_SEVERITY =
      "SELECT severity, COUNT(*) FROM alert WHERE open_key IS NOT NULL GROUP BY severity";

  public int open() {
    return critical + warning + info;
  }

  static AlertCounts read(Connection connection) throws SQLException {
    int critical = 0;
    int warning = 0;
    int info = 0;
    try (PreparedStatement query = connection.prepareStatement(OPEN_BY_SEVERITY);
        ResultSet row = query.executeQuery()) {
      while (row.next()) {
        int count = row.getInt(2);
        Severity severity = Severity.fromWire(row.getString(1));
        if (severity == Severity.CRITICAL) {
          critical = count;
        } else if (severity == Severity.WARNING) {
          warning = count;
        } else if (severity == Severity.INFO) {
          info = count;
        }
      }
    }
    return new AlertCounts(critical, warning, info);
  }
}
