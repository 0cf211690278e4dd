package io.hashwatch.commander.alerts;

import java.time.OffsetDateTime;

/**
 * Which alerts to list, newest opened first: every given criterion must hold; {@code null} means
 * any. {@code GET /api/v1/alerts} and the alerts page both filter with it.
 *
 * @param from opened at or after this time
 * @param to opened before this time
 * @param offset how many of the matching alerts to skip (a page of the history)
 */
public record AlertFilter(
    State state,
    Severity severity,
    Long deviceId,
    Long sentryId,
    String site,
    OffsetDateTime from,
    OffsetDateTime to,
    int limit,
    int offset) {

  /** Open, resolved or both. */
  public enum State {
    OPEN,
    RESOLVED,
    ALL;

    /** The state named {@code wire} (open, resolved, all), or {@code null}. */
    public static State fromWire(String wire) {
      for (State state : values()) {
        if (state.name().toLowerCase(java.util.Locale.ROOT).equals(wire)) {
          return state;
        }
      }
      return null;
    }
  }

  public AlertFilter {
    if (state == null) {
      throw new IllegalArgumentException("a filter needs a state (all for any)");
    }
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit must be > 0 and offset >= 0");
    }
  }

  /** The alerts in {@code state}, at most {@code limit}. */
  public static AlertFilter of(State state, int limit) {
    return new AlertFilter(state, null, null, null, null, null, null, limit, 0);
  }
}
