package io.hashwatch.protocols.report;

import java.util.Locale;

/**
 * What a command asks a sentry to do to one device; the wire form is the lower-case name with
 * dashes. The miner actions go to the device's driver, the power actions to the relay that powers
 * it (or to the relay itself when the device is one).
 */
public enum CommandAction {
  RESTART,
  REBOOT,
  SLEEP,
  WAKE,
  SET_POOLS,
  POWER_OFF,
  POWER_ON,
  POWER_CYCLE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the action switches a relay rather than asking a miner. */
  public boolean isPower() {
    return this == POWER_OFF || this == POWER_ON || this == POWER_CYCLE;
  }

  /** The action named {@code wire}, or {@code null} when there is none of that name. */
  public static CommandAction fromWire(String wire) {
    for (CommandAction action : values()) {
      if (action.wire().equals(wire)) {
        return action;
      }
    }
    return null;
  }
}
