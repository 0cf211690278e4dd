package io.hashwatch.commander.alerts;

import java.time.Instant;

/**
 * An alert that opened or resolved in one evaluation.
 *
 * @param since when its condition began to hold
 * @param at the evaluation's time
 * @param message for people: "10.0.0.5:4028 offline for 6 min"; a resolution says why
 */
public record AlertChange(
    Type type,
    AlertKey key,
    RuleKind kind,
    Severity severity,
    Subject subject,
    String message,
    Instant since,
    Instant at) {

  public enum Type {
    OPENED,
    RESOLVED
  }
}
