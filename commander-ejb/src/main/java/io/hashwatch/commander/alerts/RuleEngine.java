package io.hashwatch.commander.alerts;

import io.hashwatch.commander.alerts.AlertChange.Type;
import io.hashwatch.commander.alerts.Conditions.ShareWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the rules over the farm's facts: a pure function of the time, the rules, the facts and
 * the memory of the previous evaluation. Run it every minute or so, from one node at a time.
 *
 * <p>A condition must hold without a break for its rule's sustain before its alert opens; an open
 * alert resolves once its condition has been gone without a break for the rule's clear window, and
 * a condition that comes back in between only keeps it open. Of the rules of one kind that cover a
 * subject only those of the most specific scope apply (device over group over site over farm); an
 * open alert whose rule is disabled, deleted or no longer applies, or whose subject is gone,
 * resolves at once.
 */
public final class RuleEngine {
  private RuleEngine() {}

  public static Evaluation evaluate(
      Instant now, List<AlertRule> rules, FarmFacts facts, Conditions memory) {
    requireDistinctIds(rules);
    Run run = new Run(now, memory);
    for (DeviceFacts device : facts.devices()) {
      Subject subject = Subject.of(device);
      ShareWindow shares = memory.shares().get(device.deviceId());
      for (AlertRule rule :
          applicable(rules, false, device.site(), device.group(), device.deviceId())) {
        run.step(rule, subject, DeviceChecks.check(rule, device, facts.trustedPools(), shares));
      }
      ShareWindow next = DeviceChecks.nextShares(shares, device, now);
      if (next != null) {
        run.shares.put(device.deviceId(), next);
      }
    }
    for (SentryFacts sentry : facts.sentries()) {
      Subject subject = Subject.of(sentry);
      Long dropped = memory.dropped().get(sentry.sentryId());
      for (AlertRule rule : applicable(rules, true, sentry.site(), null, null)) {
        run.step(rule, subject, SentryChecks.check(rule, sentry, dropped, now));
      }
      if (sentry.dropped() != null) {
        run.dropped.put(sentry.sentryId(), sentry.dropped());
      }
    }
    run.resolveTheRest();
    return new Evaluation(run.changes, new Conditions(run.alerts, run.shares, run.dropped));
  }

  private static void requireDistinctIds(List<AlertRule> rules) {
    Set<String> ids = new HashSet<>();
    for (AlertRule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("two rules have the id " + rule.id());
      }
    }
  }

  /**
   * The enabled rules about devices (or sentries) that apply to a subject: for each kind, those of
   * the most specific scope that covers it, if any of them is enabled.
   */
  static List<AlertRule> applicable(
      List<AlertRule> rules, boolean sentries, String site, String group, Long deviceId) {
    Map<RuleKind, Integer> mostSpecific = new HashMap<>();
    for (AlertRule rule : rules) {
      if (rule.kind().aboutSentries() == sentries && rule.scope().covers(site, group, deviceId)) {
        mostSpecific.merge(rule.kind(), rule.scope().specificity(), Math::max);
      }
    }
    List<AlertRule> applicable = new ArrayList<>();
    for (AlertRule rule : rules) {
      Integer level = mostSpecific.get(rule.kind());
      if (rule.enabled()
          && level != null
          && rule.scope().specificity() == level
          && rule.kind().aboutSentries() == sentries
          && rule.scope().covers(site, group, deviceId)) {
        applicable.add(rule);
      }
    }
    return applicable;
  }

  /** One evaluation's work: the memory it builds and the changes it finds. */
  private static final class Run {
    private final Instant now;
    private final Map<AlertKey, Condition> before;
    private final Map<AlertKey, Condition> alerts = new HashMap<>();
    private final Map<Long, ShareWindow> shares = new HashMap<>();
    private final Map<Long, Long> dropped = new HashMap<>();
    private final Set<AlertKey> seen = new HashSet<>();
    private final List<AlertChange> changes = new ArrayList<>();

    Run(Instant now, Conditions memory) {
      this.now = now;
      this.before = memory.alerts();
    }

    void step(AlertRule rule, Subject subject, Finding finding) {
      AlertKey key = new AlertKey(rule.id(), subject.key());
      seen.add(key);
      Condition was = before.get(key);
      switch (finding.state()) {
        case HOLDS -> holds(rule, subject, key, finding, was);
        case ABSENT -> absent(rule, key, was);
        case UNKNOWN -> {
          if (was != null) {
            alerts.put(key, was);
          }
        }
      }
    }

    private void holds(
        AlertRule rule, Subject subject, AlertKey key, Finding found, Condition was) {
      if (was != null && was.isOpen()) {
        alerts.put(key, withAbsentSince(was, null));
        return;
      }
      Instant since = found.since() != null ? found.since() : was != null ? was.holdsSince() : now;
      Duration held = Duration.between(since, now);
      boolean opens = held.compareTo(rule.sustain()) >= 0;
      String message =
          found.message() + (held.toMinutes() >= 1 ? " for " + Figures.duration(held) : "");
      Condition condition =
          new Condition(
              rule.kind(), rule.severity(), subject, since, opens ? now : null, null, message);
      alerts.put(key, condition);
      if (opens) {
        changes.add(change(Type.OPENED, key, condition, message));
      }
    }

    private void absent(AlertRule rule, AlertKey key, Condition was) {
      if (was == null || !was.isOpen()) {
        return;
      }
      Instant absentSince = was.absentSince() != null ? was.absentSince() : now;
      if (Duration.between(absentSince, now).compareTo(rule.clear()) >= 0) {
        changes.add(change(Type.RESOLVED, key, was, "cleared: " + was.message()));
      } else {
        alerts.put(key, withAbsentSince(was, absentSince));
      }
    }

    /** Alerts that nothing evaluated: their rule or subject is gone, or the rule is off. */
    void resolveTheRest() {
      before.forEach(
          (key, was) -> {
            if (!seen.contains(key) && was.isOpen()) {
              changes.add(change(Type.RESOLVED, key, was, "no longer watched: " + was.message()));
            }
          });
    }

    private AlertChange change(Type type, AlertKey key, Condition condition, String message) {
      return new AlertChange(
          type,
          key,
          condition.kind(),
          condition.severity(),
          condition.subject(),
          message,
          condition.holdsSince(),
          now);
    }

    private static Condition withAbsentSince(Condition c, Instant absentSince) {
      return new Condition(
          c.kind(),
          c.severity(),
          c.subject(),
          c.holdsSince(),
          c.openedAt(),
          absentSince,
          c.message());
    }
  }
}
