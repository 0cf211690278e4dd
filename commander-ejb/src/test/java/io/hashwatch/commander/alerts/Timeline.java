package io.hashwatch.commander.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Evaluations one after the other at times the test chooses, keeping the engine's memory. */
final class Timeline {
  static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");

  List<AlertRule> rules;
  List<String> trustedPools = List.of();
  Conditions memory = Conditions.empty();

  Timeline(List<AlertRule> rules) {
    this.rules = rules;
  }

  Timeline(AlertRule... rules) {
    this(List.of(rules));
  }

  /** Evaluates at T0 plus {@code minutes} with these devices. */
  List<AlertChange> at(double minutes, Miner... miners) {
    return at(minutes, List.of(miners), List.of());
  }

  List<AlertChange> at(double minutes, List<Miner> miners, List<SentryFacts> sentries) {
    return atInstant(time(minutes), miners, sentries);
  }

  List<AlertChange> atInstant(Instant now, List<Miner> miners, List<SentryFacts> sentries) {
    FarmFacts facts =
        new FarmFacts(miners.stream().map(Miner::facts).toList(), sentries, trustedPools);
    Evaluation evaluation = RuleEngine.evaluate(now, rules, facts, memory);
    memory = evaluation.memory();
    return evaluation.changes();
  }

  static Instant time(double minutes) {
    return T0.plus(Duration.ofSeconds(Math.round(minutes * 60)));
  }

  static AlertRule rule(String id, RuleKind kind, Double threshold, int sustainMin, int clearMin) {
    return new AlertRule(
        id,
        kind,
        Severity.WARNING,
        Scope.FARM,
        threshold,
        Duration.ofMinutes(sustainMin),
        Duration.ofMinutes(clearMin),
        true);
  }
}
