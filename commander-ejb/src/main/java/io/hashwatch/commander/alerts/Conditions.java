package io.hashwatch.commander.alerts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * All the engine remembers between two evaluations; the caller keeps it (in memory or stored) and
 * hands it back with the next one.
 *
 * @param alerts each (rule, subject) whose condition holds or whose alert is open
 * @param shares each device's share counters, for the rejected rate over a window
 * @param dropped each sentry's dropped counter at the previous evaluation
 */
public record Conditions(
    Map<AlertKey, Condition> alerts, Map<Long, ShareWindow> shares, Map<Long, Long> dropped)
    implements Serializable {

  public Conditions {
    alerts = Map.copyOf(alerts);
    shares = Map.copyOf(shares);
    dropped = Map.copyOf(dropped);
  }

  public static Conditions empty() {
    return new Conditions(Map.of(), Map.of(), Map.of());
  }

  /** A device's share counters at one time. */
  public record ShareCount(Instant at, long accepted, long rejected) implements Serializable {}

  /**
   * Two samples of a device's share counters: the rate is taken against the older, which is one to
   * two windows old once the device has reported that long.
   */
  public record ShareWindow(ShareCount older, ShareCount newer) implements Serializable {}
}
