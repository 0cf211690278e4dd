package io.hashwatch.commander.alerts;

import java.time.Duration;
import java.time.Instant;

/** Whether a sentry rule's condition holds for one sentry. */
final class SentryChecks {
  private SentryChecks() {}

  static Finding check(AlertRule rule, SentryFacts sentry, Long droppedBefore, Instant now) {
    return switch (rule.kind()) {
      case SENTRY_SILENT -> silent(sentry, rule.threshold(), now);
      case SENTRY_DROPPING -> dropping(sentry, droppedBefore);
      default -> throw new IllegalArgumentException(rule.kind().wire() + " is not a sentry rule");
    };
  }

  /**
   * Silent once its last batch is more than {@code graceSeconds} old, and silent since that batch:
   * the facts know when the silence began better than the engine does.
   */
  private static Finding silent(SentryFacts sentry, double graceSeconds, Instant now) {
    Instant last = sentry.lastSeen();
    if (last == null) {
      return Finding.ABSENT;
    }
    Duration quiet = Duration.between(last, now);
    if (quiet.toMillis() <= graceSeconds * 1000) {
      return Finding.ABSENT;
    }
    return Finding.holdsSince("sentry " + sentry.name() + " silent", last);
  }

  private static Finding dropping(SentryFacts sentry, Long before) {
    Long dropped = sentry.dropped();
    if (dropped == null) {
      return Finding.ABSENT;
    }
    if (before == null || dropped < before) {
      return Finding.UNKNOWN;
    }
    return Finding.when(
        dropped > before,
        "sentry " + sentry.name() + " dropped " + (dropped - before) + " readings");
  }
}
