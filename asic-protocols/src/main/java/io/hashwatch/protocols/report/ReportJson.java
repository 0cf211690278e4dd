package io.hashwatch.protocols.report;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.reading.ReadingJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** The JSON forms of {@link Report} and {@link ReportAnswer} (docs/API.md). */
public final class ReportJson {

  private ReportJson() {}

  public static JsonObject toJson(Report report) {
    JsonArrayBuilder entries = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (ReportEntry entry : report.entries()) {
      entries.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("seq", entry.seq())
              .add("time", entry.time().toString())
              .add("address", entry.address())
              .add("kind", entry.kind().wire())
              .add("reading", ReadingJson.toJson(entry.result())));
    }
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("entries", entries)
        .add("dropped", report.dropped())
        .build();
  }

  /**
   * Reads and validates a whole batch.
   *
   * @throws InvalidFieldException naming the first bad field, such as {@code entries[2].seq}
   */
  public static Report parse(JsonValue json) {
    FieldReader report = FieldReader.root(json);
    if (!report.has("entries")) {
      throw new InvalidFieldException("entries", "is required");
    }
    List<ReportEntry> entries =
        report.optionalList("entries", Report.MAX_ENTRIES, item -> entry(item.object()));
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).seq() <= entries.get(i - 1).seq()) {
        throw new InvalidFieldException(
            "entries[" + i + "].seq", "must be greater than the seq of the entry before it");
      }
    }
    Long dropped = report.optionalLong("dropped");
    if (dropped != null && dropped < 0) {
      throw new InvalidFieldException("dropped", "must be >= 0");
    }
    return new Report(entries, dropped == null ? 0 : dropped);
  }

  private static ReportEntry entry(FieldReader json) {
    long seq = json.requiredLong("seq");
    if (seq <= 0) {
      throw new InvalidFieldException(json.pathOf("seq"), "must be > 0");
    }
    String kindName = json.requiredString("kind", 16);
    DeviceKind kind = DeviceKind.fromWire(kindName);
    if (kind == null) {
      throw new InvalidFieldException(json.pathOf("kind"), "must be asic, rig, gpu or relay");
    }
    return new ReportEntry(
        seq,
        json.requiredInstant("time"),
        json.requiredString("address", ReportEntry.MAX_ADDRESS),
        kind,
        ReadingJson.fromJson(json.requiredObject("reading")));
  }

  public static JsonObject toJson(ReportAnswer answer) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("lastSequence", answer.lastSequence())
        .add("commands", CachedJsonProvider.INSTANCE.createArrayBuilder(answer.commands()))
        .build();
  }

  public static ReportAnswer parseAnswer(JsonValue json) {
    FieldReader answer = FieldReader.root(json);
    return new ReportAnswer(
        answer.requiredLong("lastSequence"),
        answer.optionalList("commands", 10_000, item -> item.object().json()));
  }
}
