package io.hashwatch.commander.fleet;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A device's condition as an operator reads it, derived from its latest poll result, its warning
 * and whether it was put to sleep. {@link #of} and {@link #SQL} are the one definition, in Java and
 * in SQL; the pages, the API and the live updates all use one of the two.
 */
public enum DeviceStatus {
  /** Its latest poll gave a reading and nothing is wrong with it. */
  ONLINE("online"),
  /** Its latest poll gave a reading with a warning: too hot, hashing too little, a board down. */
  WARNING("warning"),
  /** It did not answer, or nothing was heard of it for longer than the offline window. */
  OFFLINE("offline"),
  /** It answered with an error or with data that could not be understood. */
  ERROR("error"),
  /** It answered but had nothing to report yet. */
  NO_DATA("no-data"),
  /** It was put to sleep or powered off (or, a relay, it is off) and not woken since. */
  SLEEPING("sleeping"),
  /** No poll result has arrived yet. */
  UNKNOWN("unknown");

  /**
   * The wire name of a device's status in SQL over {@code device_state s}; its one parameter is the
   * offline cutoff (now minus the offline window). Keep it in step with {@link #of}.
   */
  public static final String SQL =
      "CASE WHEN s.result = 'none' THEN 'unknown'"
          + " WHEN s.sleeping THEN 'sleeping'"
          + " WHEN s.time < ? THEN 'offline'"
          + " WHEN s.result = 'reading' AND s.warning IS NULL THEN 'online'"
          + " WHEN s.result = 'reading' THEN 'warning'"
          + " WHEN s.result = 'unreachable' THEN 'offline'"
          + " WHEN s.result = 'rejected' THEN 'error'"
          + " WHEN s.result = 'no-data' THEN 'no-data'"
          + " ELSE 'unknown' END";

  /** How bad each status is, worst first: the order of the "worst devices" and of a sort. */
  public static final String SQL_RANK =
      "CASE %s WHEN 'offline' THEN 0 WHEN 'error' THEN 1 WHEN 'warning' THEN 2"
          + " WHEN 'no-data' THEN 3 WHEN 'unknown' THEN 4 WHEN 'sleeping' THEN 5 ELSE 6 END";

  private final String wire;

  DeviceStatus(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** The status named {@code wire}, or {@code null} when there is none of that name. */
  public static DeviceStatus fromWire(String wire) {
    for (DeviceStatus status : values()) {
      if (status.wire.equals(wire)) {
        return status;
      }
    }
    return null;
  }

  static DeviceStatus of(DeviceState state, OffsetDateTime now, Duration offlineAfter) {
    return state == null
        ? UNKNOWN
        : of(state.result(), state.time(), state.warning(), state.sleeping(), now, offlineAfter);
  }

  /** The status of a device whose latest poll result is {@code result}, polled at {@code time}. */
  public static DeviceStatus of(
      String result, OffsetDateTime time, OffsetDateTime now, Duration offlineAfter) {
    return of(result, time, null, false, now, offlineAfter);
  }

  /**
   * The status of a device whose latest poll result is {@code result}, polled at {@code time}.
   *
   * @param warning why the device is not fine, or {@code null}
   * @param sleeping whether it was put to sleep and not woken since; a sleeping device does not
   *     answer, or answers hashing nothing, which is neither offline nor a warning
   */
  public static DeviceStatus of(
      String result,
      OffsetDateTime time,
      String warning,
      boolean sleeping,
      OffsetDateTime now,
      Duration offlineAfter) {
    if ("none".equals(result)) {
      return UNKNOWN;
    }
    if (sleeping) {
      return SLEEPING;
    }
    if (time.plus(offlineAfter).isBefore(now)) {
      return OFFLINE;
    }
    return switch (result) {
      case "reading" -> warning == null ? ONLINE : WARNING;
      case "unreachable" -> OFFLINE;
      case "rejected" -> ERROR;
      case "no-data" -> NO_DATA;
      default -> UNKNOWN;
    };
  }
}
