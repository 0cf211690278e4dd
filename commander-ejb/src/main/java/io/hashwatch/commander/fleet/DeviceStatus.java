package io.hashwatch.commander.fleet;

import java.time.Duration;
import java.time.OffsetDateTime;

/** A device's condition as an operator reads it, derived from its latest poll result. */
public enum DeviceStatus {
  /** Its latest poll gave a reading. */
  ONLINE("online"),
  /** It did not answer, or nothing was heard of it for longer than the offline window. */
  OFFLINE("offline"),
  /** It answered with an error or with data that could not be understood. */
  ERROR("error"),
  /** It answered but had nothing to report yet. */
  NO_DATA("no-data"),
  /** No poll result has arrived yet. */
  UNKNOWN("unknown");

  private final String wire;

  DeviceStatus(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  static DeviceStatus of(DeviceState state, OffsetDateTime now, Duration offlineAfter) {
    return state == null ? UNKNOWN : of(state.result(), state.time(), now, offlineAfter);
  }

  /** The status of a device whose latest poll result is {@code result}, polled at {@code time}. */
  public static DeviceStatus of(
      String result, OffsetDateTime time, OffsetDateTime now, Duration offlineAfter) {
    if ("none".equals(result)) {
      return UNKNOWN;
    }
    if (time.plus(offlineAfter).isBefore(now)) {
      return OFFLINE;
    }
    return switch (result) {
      case "reading" -> ONLINE;
      case "unreachable" -> OFFLINE;
      case "rejected" -> ERROR;
      case "no-data" -> NO_DATA;
      default -> UNKNOWN;
    };
  }
}
