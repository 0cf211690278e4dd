package io.hashwatch.sentry.outbox;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.protocols.report.ReportJson;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** An entry as a record's payload: its JSON in the report form (docs/API.md), UTF-8. */
final class EntryCodec {
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  private EntryCodec() {}

  /**
   * The entry's JSON. The reading records hold the same bounds the commander's reader checks
   * (reading.Limits), so what is written here is what the commander takes.
   *
   * @throws IllegalArgumentException when it is over {@code maxBytes}
   */
  static byte[] encode(ReportEntry entry, int maxBytes) {
    byte[] json = ReportJson.toJson(entry).toString().getBytes(StandardCharsets.UTF_8);
    if (json.length > maxBytes) {
      throw new IllegalArgumentException(
          "the outbox takes entries of at most "
              + maxBytes
              + " bytes of JSON; the one for "
              + entry.address()
              + " has "
              + json.length);
    }
    return json;
  }

  /**
   * The entry a record holds, or {@code null} (logged) when its payload is not one. A payload that
   * passed its checksum is what was written, and that was checked, so this happens only when the
   * format changes; skipping the record keeps the queue moving.
   */
  static ReportEntry decode(OutboxSegment segment, RecordRead.Stored record) {
    try {
      ReportEntry entry = read(record.payload());
      if (entry.seq() != record.seq()) {
        throw new IllegalArgumentException(
            "its JSON says seq " + entry.seq() + ", its header " + record.seq());
      }
      return entry;
    } catch (JsonException | InvalidFieldException | IllegalArgumentException e) {
      LOG.log(
          System.Logger.Level.ERROR,
          () ->
              "outbox: skipping the record at offset "
                  + record.position()
                  + " of "
                  + segment.path()
                  + " (stored seq "
                  + record.seq()
                  + "), not an entry: "
                  + e.getMessage());
      return null;
    }
  }

  private static ReportEntry read(byte[] json) {
    try (JsonReader reader =
        CachedJsonProvider.INSTANCE.createReader(new ByteArrayInputStream(json))) {
      return ReportJson.entry(FieldReader.root(reader.readObject()));
    }
  }
}
