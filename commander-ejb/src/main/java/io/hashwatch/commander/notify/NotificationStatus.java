package io.hashwatch.commander.notify;

import java.util.Locale;

/** Where a notification stands; the wire form (API) is the lower-case name. */
public enum NotificationStatus {
  /** Waiting for its next attempt. */
  PENDING,
  /** Accepted by the channel (at least once). */
  DELIVERED,
  /** Refused for good, or still not accepted when it expired. */
  FAILED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status named {@code wire}, or {@code null} when there is none of that name. */
  public static NotificationStatus fromWire(String wire) {
    for (NotificationStatus status : values()) {
      if (status.wire().equals(wire)) {
        return status;
      }
    }
    return null;
  }
}
