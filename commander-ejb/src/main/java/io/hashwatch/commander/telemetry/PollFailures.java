package io.hashwatch.commander.telemetry;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.reading.ReadingJson;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A device's latest polls that gave no reading, from the raw {@code reading} table: what a device
 * page lists as its recent events. The device-and-time index is read newest first, so the query
 * stops after {@code limit} rows however long the history is.
 */
final class PollFailures {
  private static final String LATEST =
      "SELECT time, result, data FROM reading WHERE device_id = ? AND result <> 'reading'"
          + " ORDER BY time DESC, sentry_id DESC, seq DESC";

  private PollFailures() {}

  /** The latest failed polls of {@code deviceId}, newest first, at most {@code limit}. */
  static List<PollFailure> latest(Connection connection, long deviceId, int limit)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(LATEST)) {
      select.setLong(1, deviceId);
      select.setMaxRows(limit);
      select.setFetchSize(Math.min(limit, 1000));
      List<PollFailure> failures = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          failures.add(
              new PollFailure(
                  rows.getObject(1, OffsetDateTime.class),
                  rows.getString(2),
                  errors(rows.getString(3))));
        }
      }
      return failures;
    }
  }

  /** The reasons a stored result gives; the commander wrote it, so it reads back whole. */
  private static List<String> errors(String data) {
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(data))) {
      return ReadingJson.fromJson(FieldReader.root(reader.readObject())).errors();
    }
  }
}
