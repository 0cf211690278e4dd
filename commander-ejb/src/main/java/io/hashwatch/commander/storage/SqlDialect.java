package io.hashwatch.commander.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The little SQL that differs between the two supported databases. Everything else is written once
 * in portable SQL.
 */
public enum SqlDialect {
  H2(
      "NEXT VALUE FOR %s",
      "DATEADD(SECOND, CAST(FLOOR(EXTRACT(EPOCH FROM %1$s) / %2$d) AS BIGINT) * %2$d,"
          + " TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00')"),
  POSTGRESQL("nextval('%s')", "to_timestamp(floor(extract(epoch from %1$s) / %2$d) * %2$d)");

  private final String nextValue;
  private final String bucket;

  SqlDialect(String nextValue, String bucket) {
    this.nextValue = nextValue;
    this.bucket = bucket;
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

  /**
   * An SQL expression for the start of the {@code seconds}-long bucket that holds {@code column} (a
   * TIMESTAMP WITH TIME ZONE), as a TIMESTAMP WITH TIME ZONE; buckets count from the Unix epoch, so
   * they start on whole UTC minutes and hours.
   */
  public String bucket(String column, long seconds) {
    return bucket.formatted(column, seconds);
  }
}
