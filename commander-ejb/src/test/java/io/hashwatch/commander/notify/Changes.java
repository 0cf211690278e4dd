package io.hashwatch.commander.notify;

import io.hashwatch.commander.alerts.AlertChange;
import io.hashwatch.commander.alerts.AlertKey;
import io.hashwatch.commander.alerts.RuleKind;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.alerts.Subject;
import java.time.Instant;

/** Alert changes as the rule engine makes them, for the notification tests. */
final class Changes {
  private Changes() {}

  static AlertChange deviceOpened(
      RuleKind kind, Severity severity, long device, String site, Instant at) {
    Subject subject = new Subject("device:" + device, site, null, "10.0." + device + ":4028");
    return new AlertChange(
        AlertChange.Type.OPENED,
        new AlertKey("default-" + kind.wire(), subject.key()),
        kind,
        severity,
        subject,
        subject.label() + " " + kind.wire() + " for 5 min",
        at.minusSeconds(300),
        at);
  }

  static AlertChange deviceResolved(
      RuleKind kind, Severity severity, long device, String site, Instant at) {
    AlertChange opened = deviceOpened(kind, severity, device, site, at);
    return new AlertChange(
        AlertChange.Type.RESOLVED,
        opened.key(),
        kind,
        severity,
        opened.subject(),
        "cleared: " + opened.message(),
        opened.since(),
        at);
  }

  static AlertChange sentrySilent(long sentry, String site, Instant at) {
    Subject subject = new Subject("sentry:" + sentry, site, null, "sentry s" + sentry);
    return new AlertChange(
        AlertChange.Type.OPENED,
        new AlertKey("default-sentry-silent", subject.key()),
        RuleKind.SENTRY_SILENT,
        Severity.CRITICAL,
        subject,
        "sentry s" + sentry + " silent for 10 min",
        at.minusSeconds(600),
        at);
  }
}
