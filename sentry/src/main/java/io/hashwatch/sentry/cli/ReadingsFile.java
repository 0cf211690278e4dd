package io.hashwatch.sentry.cli;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings file of {@code sentry report}: the report JSON form without sequence numbers, and
 * with each entry's {@code time} optional. Checked as strictly as the commander checks a batch, so
 * that a bad file is caught before anything is sent.
 */
record ReadingsFile(List<UnsentReading> readings, long dropped) {
  /** Far above a full batch of large readings; a bigger file is a mistake, not data. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  ReadingsFile {
    readings = List.copyOf(readings);
    if (dropped < 0) {
      throw new IllegalArgumentException("dropped must be >= 0");
    }
  }

  static ReadingsFile read(Path path, Instant now) throws BadInputException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new BadInputException(path + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot read: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new BadInputException(path + ": larger than " + MAX_BYTES + " bytes");
    }
    try (JsonReader reader =
        CachedJsonProvider.INSTANCE.createReader(new ByteArrayInputStream(bytes))) {
      return parse(reader.readValue(), now);
    } catch (InvalidFieldException e) {
      throw new BadInputException(path + ": " + e.getMessage());
    } catch (JsonException e) {
      throw new BadInputException(path + ": not valid JSON: " + e.getMessage());
    }
  }

  /**
   * @param now the time of entries that give none
   * @throws InvalidFieldException naming the first bad field, such as {@code entries[2].kind}
   */
  static ReadingsFile parse(JsonValue json, Instant now) {
    FieldReader file = FieldReader.root(json);
    if (!file.has("entries")) {
      throw new InvalidFieldException("entries", "is required");
    }
    List<UnsentReading> readings =
        file.optionalList("entries", Report.MAX_ENTRIES, item -> reading(item.object(), now));
    Long dropped = file.optionalLong("dropped");
    if (dropped != null && dropped < 0) {
      throw new InvalidFieldException("dropped", "must be >= 0");
    }
    return new ReadingsFile(readings, dropped == null ? 0 : dropped);
  }

  /** The batch that numbers these readings on from the last sequence the commander holds. */
  Report numberedAfter(long lastSequence) {
    List<ReportEntry> entries = new ArrayList<>(readings.size());
    for (int i = 0; i < readings.size(); i++) {
      entries.add(readings.get(i).numbered(Math.addExact(lastSequence, i + 1)));
    }
    return new Report(entries, dropped);
  }

  private static UnsentReading reading(FieldReader json, Instant now) {
    if (json.has("seq")) {
      // A hand-written seq would collide with those the commander already holds.
      throw new InvalidFieldException(
          json.pathOf("seq"), "is numbered by the sentry; leave it out");
    }
    Instant time = json.has("time") ? json.requiredInstant("time") : now;
    String address = json.requiredString("address", ReportEntry.MAX_ADDRESS);
    DeviceKind kind = DeviceKind.fromWire(json.requiredString("kind", 16));
    if (kind == null) {
      throw new InvalidFieldException(json.pathOf("kind"), "must be asic, rig, gpu or relay");
    }
    return new UnsentReading(
        time, address, kind, ReadingJson.fromJson(json.requiredObject("reading")));
  }
}
