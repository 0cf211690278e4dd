package io.hashwatch.commander.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The little SQL that differs between the two supported databases. Everything else is written once
 * in portable SQL.
 */
public enum SqlDialect {
  H2("NEXT VALUE FOR %s"),
  POSTGRESQL("nextval('%s')");

  private final String nextValue;

  SqlDialect(String nextValue) {
    this.nextValue = nextValue;
  }

  public static SqlDialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return switch (product) {
      case "H2" -> H2;
      case "PostgreSQL" -> POSTGRESQL;
      default -> throw new SQLException("Hashwatch runs on H2 or PostgreSQL, not " + product);
    };
  }

  /** An SQL expression that takes the next value of {@code sequence}. */
  public String nextValue(String sequence) {
    return nextValue.formatted(sequence);
  }
}
