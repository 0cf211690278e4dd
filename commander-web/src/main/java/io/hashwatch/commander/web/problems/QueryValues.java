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

  /** An id (a whole number above 0), or {@code null} when the parameter is absent. */
  public static Long id(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidFieldException(name, "must be an id (a whole number > 0)");
  }

  /** How many to list: 1 to {@code max}, {@code absent} when the parameter is absent. */
  public static int limit(String value, int absent, int max) {
    if (value == null) {
      return absent;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below with the allowed range
    }
    throw new InvalidFieldException("limit", "must be a whole number from 1 to " + max);
  }
}
