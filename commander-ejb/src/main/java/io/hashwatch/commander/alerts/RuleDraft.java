package io.hashwatch.commander.alerts;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A rule as an admin writes it, in wire names, before it is checked: {@link #toRule} makes the
 * {@link AlertRule} or refuses it naming the field that is wrong.
 *
 * @param threshold what the kind compares with, or {@code null} for kinds that need none
 */
public record RuleDraft(
    String kind,
    String severity,
    String scope,
    Double threshold,
    long sustainSeconds,
    long clearSeconds,
    boolean enabled) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** The draft of an existing rule, to change a part of it. */
  public static RuleDraft of(AlertRule rule) {
    return new RuleDraft(
        rule.kind().wire(),
        rule.severity().wire(),
        rule.scope().wire(),
        rule.threshold(),
        rule.sustain().toSeconds(),
        rule.clear().toSeconds(),
        rule.enabled());
  }

  /**
   * The rule of id {@code id}.
   *
   * @throws RuleRefusedException naming the field that is wrong
   */
  public AlertRule toRule(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new RuleRefusedException(
          "id", "must be 1 to 64 of a-z, 0-9, '_' and '-', starting with a letter or digit");
    }
    RuleKind ruleKind = RuleKind.fromWire(kind);
    if (ruleKind == null || !ruleKind.ruled()) {
      throw new RuleRefusedException("kind", "must be one of the rule kinds in docs/API.md");
    }
    Severity ruleSeverity = Severity.fromWire(severity);
    if (ruleSeverity == null) {
      throw new RuleRefusedException("severity", "must be info, warning or critical");
    }
    Scope ruleScope;
    try {
      ruleScope = Scope.fromWire(scope);
    } catch (IllegalArgumentException e) {
      throw new RuleRefusedException("scope", "must be farm, site:NAME, group:NAME or device:ID");
    }
    if (ruleKind.aboutSentries()
        && !(ruleScope instanceof Scope.Farm || ruleScope instanceof Scope.Site)) {
      throw new RuleRefusedException("scope", kind + " is about sentries: farm or site:NAME");
    }
    if (ruleKind.needsThreshold() && threshold == null) {
      throw new RuleRefusedException("threshold", kind + " needs a threshold");
    }
    if (threshold != null && (!Double.isFinite(threshold) || threshold < 0)) {
      throw new RuleRefusedException("threshold", "must be a number >= 0");
    }
    if (sustainSeconds < 0) {
      throw new RuleRefusedException("sustainSeconds", "must be >= 0");
    }
    if (clearSeconds < 0) {
      throw new RuleRefusedException("clearSeconds", "must be >= 0");
    }
    return new AlertRule(
        id,
        ruleKind,
        ruleSeverity,
        ruleScope,
        threshold,
        Duration.ofSeconds(sustainSeconds),
        Duration.ofSeconds(clearSeconds),
        enabled);
  }
}
