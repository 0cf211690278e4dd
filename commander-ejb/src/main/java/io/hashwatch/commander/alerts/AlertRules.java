package io.hashwatch.commander.alerts;

import java.time.Duration;
import java.util.List;

/** The rules a new farm starts with. */
public final class AlertRules {
  private AlertRules() {}

  /**
   * One farm-wide rule per kind, each with id {@code default-<kind wire name>}:
   *
   * <ul>
   *   <li>device-offline: critical after 5 min; resolves after 2 min back.
   *   <li>hashrate-low: warning below 80 % of expected (or of its 1-hour median) for 15 min;
   *       resolves after 5 min above. A miner ramping up after a restart takes a few minutes.
   *   <li>temperature-high: critical above 90 °C (chip or board) for 2 min; resolves after 5 min
   *       below. Most SHA-256 ASICs throttle or shut down at 95-100 °C.
   *   <li>fan-stopped: critical with a fan at 0 RPM for 2 min; resolves after 2 min turning.
   *   <li>chips-missing: warning with fewer chips or boards than expected for 10 min; resolves
   *       after 10 min complete. Boards come up one after the other after a reboot.
   *   <li>rejected-high: warning above 5 % rejected shares for 30 min; resolves after 10 min below.
   *   <li>pool-untrusted: critical after 1 min on a pool not on the trusted list (no alert while
   *       the list is empty); resolves after 5 min back on a trusted pool.
   *   <li>sentry-silent: critical when a sentry sent no batch for 3 min (silence counts after 60 s:
   *       a sentry reports every few seconds); resolves after 1 min reporting.
   *   <li>sentry-dropping: warning as soon as a sentry's dropped count rises; resolves after 15 min
   *       without a new drop.
   * </ul>
   */
  public static List<AlertRule> defaults() {
    return List.of(
        farm(RuleKind.DEVICE_OFFLINE, Severity.CRITICAL, null, 5, 2),
        farm(RuleKind.HASHRATE_LOW, Severity.WARNING, 80.0, 15, 5),
        farm(RuleKind.TEMPERATURE_HIGH, Severity.CRITICAL, 90.0, 2, 5),
        farm(RuleKind.FAN_STOPPED, Severity.CRITICAL, null, 2, 2),
        farm(RuleKind.CHIPS_MISSING, Severity.WARNING, null, 10, 10),
        farm(RuleKind.REJECTED_HIGH, Severity.WARNING, 5.0, 30, 10),
        farm(RuleKind.POOL_UNTRUSTED, Severity.CRITICAL, null, 1, 5),
        farm(RuleKind.SENTRY_SILENT, Severity.CRITICAL, 60.0, 3, 1),
        farm(RuleKind.SENTRY_DROPPING, Severity.WARNING, null, 0, 15));
  }

  private static AlertRule farm(
      RuleKind kind, Severity severity, Double threshold, int sustainMin, int clearMin) {
    return new AlertRule(
        "default-" + kind.wire(),
        kind,
        severity,
        Scope.FARM,
        threshold,
        Duration.ofMinutes(sustainMin),
        Duration.ofMinutes(clearMin),
        true);
  }
}
