package io.hashwatch.commander.alerts;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * One alert rule.
 *
 * @param id its stable name; an alert is keyed by its rule's id and its subject
 * @param threshold what the kind compares with (see {@link RuleKind}): % of expected hashrate, °C,
 *     % rejected shares, seconds of sentry silence; {@code null} for kinds that need none
 * @param sustain how long the condition must hold without a break before an alert opens
 * @param clear how long the condition must be gone without a break before the alert resolves
 * @param enabled a disabled rule opens nothing, resolves what it had opened, and still hides the
 *     less specific rules of its kind from the subjects it covers (a device rule mutes one device)
 */
public record AlertRule(
    String id,
    RuleKind kind,
    Severity severity,
    Scope scope,
    Double threshold,
    Duration sustain,
    Duration clear,
    boolean enabled)
    implements Serializable {

  public AlertRule {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a rule needs an id");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(scope, "scope");
    if (!kind.ruled()) {
      throw new IllegalArgumentException(kind.wire() + " is raised by the watchdog, not by rules");
    }
    if (kind.needsThreshold() && (threshold == null || !Double.isFinite(threshold))) {
      throw new IllegalArgumentException(kind.wire() + " needs a threshold");
    }
    if (threshold != null && threshold < 0) {
      throw new IllegalArgumentException("a threshold cannot be negative: " + threshold);
    }
    if (sustain == null || sustain.isNegative() || clear == null || clear.isNegative()) {
      throw new IllegalArgumentException("sustain and clear must be zero or more");
    }
    if (kind.aboutSentries() && (scope instanceof Scope.Device || scope instanceof Scope.Group)) {
      throw new IllegalArgumentException(
          kind.wire() + " is about sentries, not a device or a group of devices");
    }
  }

  /** The same rule switched on or off. */
  public AlertRule withEnabled(boolean enabled) {
    return new AlertRule(id, kind, severity, scope, threshold, sustain, clear, enabled);
  }

  /** The same rule with another threshold. */
  public AlertRule withThreshold(Double threshold) {
    return new AlertRule(id, kind, severity, scope, threshold, sustain, clear, enabled);
  }

  /** The same rule with another clear window. */
  public AlertRule withClear(Duration clear) {
    return new AlertRule(id, kind, severity, scope, threshold, sustain, clear, enabled);
  }

  /** The same rule for another scope, under another id. */
  public AlertRule forScope(String id, Scope scope) {
    return new AlertRule(id, kind, severity, scope, threshold, sustain, clear, enabled);
  }
}
