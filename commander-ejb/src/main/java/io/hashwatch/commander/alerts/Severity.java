package io.hashwatch.commander.alerts;

import java.util.Locale;

/** How urgent an alert is, least first; the wire form is the lower-case name. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity named {@code wire}, or {@code null} when there is none of that name. */
  public static Severity fromWire(String wire) {
    for (Severity severity : values()) {
      if (severity.wire().equals(wire)) {
        return severity;
      }
    }
    return null;
  }
}
