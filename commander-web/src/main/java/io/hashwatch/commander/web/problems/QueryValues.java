package io.hashwatch.commander.web.problems;

import io.hashwatch.protocols.json.InvalidFieldException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Query parameters read the same way by every resource; a bad one is a 400 naming it. */
public final class QueryValues {
  private QueryValues() {}

  /** An ISO-8601 UTC time such as {@code 2026-01-31T12:00:00Z}. */
  public static OffsetDateTime time(String name, String value) {
    try {
      return Instant.parse(value).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(
          name, "must be an ISO-8601 UTC time such as 2026-01-31T12:00:00Z");
    }
  }
}
