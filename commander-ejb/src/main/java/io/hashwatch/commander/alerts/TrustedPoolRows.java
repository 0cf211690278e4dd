package io.hashwatch.commander.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code trusted_pool} table: the pool URLs the farm mines on. */
final class TrustedPoolRows {
  static final int MAX_URL = 512;
  static final int MAX_POOLS = 200;

  private TrustedPoolRows() {}

  static List<String> list(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("SELECT url FROM trusted_pool ORDER BY url");
        ResultSet rows = query.executeQuery()) {
      List<String> urls = new ArrayList<>();
      while (rows.next()) {
        urls.add(rows.getString(1));
      }
      return urls;
    }
  }

  /** Replaces the whole list, in the caller's transaction. */
  static void replace(Connection connection, List<String> urls) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trusted_pool");
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO trusted_pool (url) VALUES (?)")) {
      delete.executeUpdate();
      for (String url : urls) {
        insert.setString(1, url);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * The URLs trimmed, without blanks and repeats (pools compare without case or a trailing slash).
   *
   * @throws RuleRefusedException naming the first bad entry, {@code pools[i]}
   */
  static List<String> checked(List<String> urls) {
    if (urls.size() > MAX_POOLS) {
      throw new RuleRefusedException("pools", "at most " + MAX_POOLS + " trusted pools");
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      String url = urls.get(i) == null ? "" : urls.get(i).trim();
      if (url.isEmpty()
          || url.length() > MAX_URL
          || url.chars().anyMatch(Character::isWhitespace)) {
        throw new RuleRefusedException(
            "pools[" + i + "]", "must be a pool URL of 1 to " + MAX_URL + " characters, no blanks");
      }
      if (kept.stream().noneMatch(known -> DeviceChecks.samePool(known, url))) {
        kept.add(url);
      }
    }
    return kept;
  }
}
