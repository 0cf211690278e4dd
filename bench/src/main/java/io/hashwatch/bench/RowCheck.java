package io.hashwatch.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what PostgreSQL holds after the load: for every sentry, exactly its sequences 1 to the
 * acknowledged one in {@code reading} (no loss, no doubles), {@code sentry.last_seq} equal to the
 * acknowledged one, and the stored JSON of sampled rows equal to the feed's own strings.
 */
final class RowCheck {
  private static final String COUNTS =
      "SELECT COUNT(*), COUNT(DISTINCT seq), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0)"
          + " FROM reading WHERE sentry_id = ?";
  private static final String LAST_SEQ = "SELECT last_seq FROM sentry WHERE id = ?";
  private static final String DATA = "SELECT data FROM reading WHERE sentry_id = ? AND seq = ?";
  private static final String DEVICES = "SELECT address, id FROM device WHERE sentry_id = ?";

  /**
   * The outcome.
   *
   * @param rows rows in {@code reading} for the run's sentries
   * @param acknowledged entries the commander acknowledged to them
   * @param problems each mismatch found; empty when all is well
   */
  record Outcome(long rows, long acknowledged, List<String> problems) {
    boolean passed() {
      return problems.isEmpty() && rows == acknowledged;
    }
  }

  private RowCheck() {}

  static Outcome check(Connection connection, List<SentryTally> tallies, List<ReadingFeed> feeds)
      throws SQLException {
    long rows = 0;
    long acknowledged = 0;
    List<String> problems = new ArrayList<>();
    for (SentryTally tally : tallies) {
      long id = tally.sentry().id();
      long expected = tally.acknowledged();
      acknowledged += expected;
      long[] counts = longs(connection, COUNTS, 4, id);
      rows += counts[0];
      if (counts[0] != expected
          || counts[1] != expected
          || expected > 0 && counts[2] != 1
          || counts[3] != expected) {
        problems.add(
            "sentry %d: %d rows, %d distinct seq, seq %d..%d; acknowledged %d"
                .formatted(id, counts[0], counts[1], counts[2], counts[3], expected));
      }
      long lastSeq = longs(connection, LAST_SEQ, 1, id)[0];
      if (lastSeq != expected) {
        problems.add("sentry %d: last_seq %d, acknowledged %d".formatted(id, lastSeq, expected));
      }
      ReadingFeed feed = feeds.get(tally.sentry().index());
      for (long seq : new long[] {1, expected / 2 + 1, expected}) {
        if (seq >= 1
            && seq <= expected
            && !feed.reading(seq).json().equals(data(connection, id, seq))) {
          problems.add("sentry %d seq %d: stored JSON differs from the feed's".formatted(id, seq));
        }
      }
    }
    return new Outcome(rows, acknowledged, problems);
  }

  /**
   * The id the commander gave each device of {@code feed}, by the feed's device index; -1 for a
   * device the sentry never reached.
   */
  static long[] deviceIds(Connection connection, long sentryId, ReadingFeed feed)
      throws SQLException {
    Map<String, Long> byAddress = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(DEVICES)) {
      select.setLong(1, sentryId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          byAddress.put(row.getString(1), row.getLong(2));
        }
      }
    }
    long[] ids = new long[feed.devices()];
    for (int device = 0; device < ids.length; device++) {
      ids[device] = byAddress.getOrDefault(feed.address(device), -1L);
    }
    return ids;
  }

  private static String data(Connection connection, long sentryId, long seq) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(DATA)) {
      select.setLong(1, sentryId);
      select.setLong(2, seq);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static long[] longs(Connection connection, String sql, int columns, long sentryId)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, sentryId);
      try (ResultSet row = select.executeQuery()) {
        long[] values = new long[columns];
        if (row.next()) {
          for (int i = 0; i < columns; i++) {
            values[i] = row.getLong(i + 1);
          }
        }
        return values;
      }
    }
  }
}
