package io.hashwatch.protocols.report;

import java.util.Locale;

/** What sort of thing a device is; the wire form is the lower-case name. */
public enum DeviceKind {
  ASIC,
  RIG,
  GPU,
  RELAY,
  /** A miner program on a rig (xmrig, T-Rex...). */
  PROGRAM;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code wire}, or {@code null} when there is none of that name. */
  public static DeviceKind fromWire(String wire) {
    for (DeviceKind kind : values()) {
      if (kind.wire().equals(wire)) {
        return kind;
      }
    }
    return null;
  }
}
