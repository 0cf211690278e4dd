package io.hashwatch.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's own timing of each statement, from pg_stat_statements (which the server must load:
 * {@code shared_preload_libraries=pg_stat_statements}); reset when the measured window opens.
 */
final class StatementStats {
  private static final String TOP =
      "SELECT total_exec_time, calls, rows, query FROM pg_stat_statements"
          + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
          + " ORDER BY total_exec_time DESC LIMIT ";

  private StatementStats() {}

  /** Starts counting afresh; says why not when the extension is missing. */
  static String reset(Postgres postgres) {
    try (Connection connection = postgres.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      sql.execute("SELECT pg_stat_statements_reset()");
      return "pg_stat_statements reset";
    } catch (SQLException e) {
      return "no pg_stat_statements: " + e.getMessage();
    }
  }

  /** The statements that took the most server time since the reset, one line each. */
  static List<String> top(Postgres postgres, int count, double seconds) {
    List<String> lines = new ArrayList<>();
    try (Connection connection = postgres.connect();
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(TOP + count)) {
      lines.add(
          String.format(
              "%10s %8s %10s %9s %9s  %s",
              "total ms", "calls", "rows", "ms/call", "cores", "statement"));
      while (rows.next()) {
        double total = rows.getDouble(1);
        long calls = rows.getLong(2);
        String query = rows.getString(4).replaceAll("\\s+", " ");
        lines.add(
            String.format(
                Locale.ROOT,
                "%10.0f %8d %10d %9.2f %9.2f  %s",
                total,
                calls,
                rows.getLong(3),
                calls == 0 ? 0 : total / calls,
                total / 1000 / seconds,
                query.length() > 110 ? query.substring(0, 110) + "..." : query));
      }
    } catch (SQLException e) {
      lines.add("no pg_stat_statements: " + e.getMessage());
    }
    return lines;
  }
}
