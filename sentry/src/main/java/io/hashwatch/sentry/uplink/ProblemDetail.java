package io.hashwatch.sentry.uplink;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;

/**
 * The parts of an RFC 9457 problem answer the sentry shows its operator. Read leniently: a proxy or
 * an old commander may answer an error with HTML or nothing, and the status must still be told.
 *
 * @param detail the problem's detail, else its title; {@code null} when the answer has neither
 * @param field the commander's extension naming the bad field; {@code null} when absent
 */
record ProblemDetail(String detail, String field) {
  /** Enough for any sensible message; the text ends up on an operator's terminal. */
  private static final int MAX_TEXT = 500;

  private static final ProblemDetail NONE = new ProblemDetail(null, null);

  static ProblemDetail parse(byte[] body) {
    if (body.length == 0) {
      return NONE;
    }
    try (JsonReader reader =
        CachedJsonProvider.INSTANCE.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return NONE;
      }
      JsonObject problem = value.asJsonObject();
      String detail = problem.getString("detail", problem.getString("title", null));
      return new ProblemDetail(printable(detail), printable(problem.getString("field", null)));
    } catch (JsonException e) {
      return NONE;
    }
  }

  /** Drops control characters so that an answer cannot rewrite the operator's terminal. */
  private static String printable(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String clean =
        text.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT) + "...";
  }
}
