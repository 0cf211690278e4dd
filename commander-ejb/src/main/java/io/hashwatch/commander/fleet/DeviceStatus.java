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
    if (state == null || "none".equals(state.result())) {
      return UNKNOWN;
    }
    if (state.time().plus(offlineAfter).isBefore(now)) {
      return OFFLINE;
    }
    return switch (state.result()) {
      case "reading" -> ONLINE;
      case "unreachable" -> OFFLINE;
      case "rejected" -> ERROR;
      case "no-data" -> NO_DATA;
      default -> UNKNOWN;
    };
  }
}
