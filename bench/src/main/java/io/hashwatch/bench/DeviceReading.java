package io.hashwatch.bench;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;

/**
 * One reading of one device, prepared once: its JSON as the sentry sends it and the commander
 * stores it ({@link ReadingJson#toJson}), and the columns after {@code time} of its {@code reading}
 * row in PostgreSQL's COPY text format, taken from the same record the way the commander takes
 * them.
 */
record DeviceReading(String json, String copyColumns) {

  static DeviceReading of(Reading reading) {
    String json = ReadingJson.toJson(reading).toString();
    String columns =
        String.join(
            "\t",
            reading.result(),
            copyValue(reading.hashrateHs()),
            copyValue(reading.hashrateAvgHs()),
            copyValue(reading.expectedHashrateHs()),
            copyValue(reading.powerW()),
            copyValue(reading.maxTempC()),
            copyValue(reading.accepted()),
            copyValue(reading.rejected()),
            copyValue(reading.hardwareErrors()),
            copyValue(reading.uptimeS()),
            copyText(json));
    return new DeviceReading(json, columns);
  }

  /** A value in COPY text format: {@code \N} for null. */
  static String copyValue(Object value) {
    return value == null ? "\\N" : value.toString();
  }

  /** Text in COPY text format: backslash, tab, newline and carriage return escaped. */
  static String copyText(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
