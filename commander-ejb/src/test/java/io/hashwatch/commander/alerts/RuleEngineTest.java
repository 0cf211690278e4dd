package io.hashwatch.commander.alerts;

import static io.hashwatch.commander.alerts.Miner.miner;
import static io.hashwatch.commander.alerts.Timeline.rule;
import static io.hashwatch.commander.alerts.Timeline.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.commander.alerts.AlertChange.Type;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alert lifecycle: sustain, clear, flapping, and alerts whose rule or subject goes away. */
class RuleEngineTest {
  private static final AlertRule OFFLINE = rule("offline", RuleKind.DEVICE_OFFLINE, null, 5, 2);

  private static Miner offline() {
    return miner().status("offline");
  }

  @Test
  void anAlertOpensOnceTheConditionHeldForTheWholeSustain() {
    Timeline timeline = new Timeline(OFFLINE);
    assertThat(timeline.at(0, offline())).isEmpty();
    assertThat(timeline.at(4.98, offline())).isEmpty();
    List<AlertChange> opened = timeline.at(5, offline());
    assertThat(opened).hasSize(1);
    AlertChange change = opened.get(0);
    assertThat(change.type()).isEqualTo(Type.OPENED);
    assertThat(change.key()).isEqualTo(new AlertKey("offline", "device:1"));
    assertThat(change.kind()).isEqualTo(RuleKind.DEVICE_OFFLINE);
    assertThat(change.severity()).isEqualTo(Severity.WARNING);
    assertThat(change.subject()).isEqualTo(new Subject("device:1", "A", null, "10.0.0.5:4028"));
    assertThat(change.message()).isEqualTo("10.0.0.5:4028 offline for 5 min");
    assertThat(change.since()).isEqualTo(time(0));
    assertThat(change.at()).isEqualTo(time(5));
  }

  @Test
  void theSameConditionNeverOpensTwice() {
    Timeline timeline = new Timeline(OFFLINE);
    timeline.at(0, offline());
    assertThat(timeline.at(6, offline())).hasSize(1);
    assertThat(timeline.memory.alerts().get(new AlertKey("offline", "device:1")).message())
        .isEqualTo("10.0.0.5:4028 offline for 6 min");
    for (int minute = 7; minute < 60; minute++) {
      assertThat(timeline.at(minute, offline())).isEmpty();
    }
  }

  @Test
  void blipsShorterThanTheSustainOpenNothing() {
    Timeline timeline = new Timeline(OFFLINE);
    for (int minute = 0; minute < 60; minute += 5) {
      assertThat(timeline.at(minute, offline())).isEmpty();
      assertThat(timeline.at(minute + 4, offline())).isEmpty();
      assertThat(timeline.at(minute + 4.5, miner())).isEmpty();
    }
    assertThat(timeline.memory.alerts()).isEmpty();
  }

  @Test
  void anAlertResolvesOnceTheConditionWasGoneForTheWholeClearWindow() {
    Timeline timeline = new Timeline(OFFLINE);
    timeline.at(0, offline());
    timeline.at(5, offline());
    assertThat(timeline.at(6, miner())).isEmpty();
    assertThat(timeline.at(7.98, miner())).isEmpty();
    List<AlertChange> resolved = timeline.at(8, miner());
    assertThat(resolved).hasSize(1);
    assertThat(resolved.get(0).type()).isEqualTo(Type.RESOLVED);
    assertThat(resolved.get(0).key()).isEqualTo(new AlertKey("offline", "device:1"));
    assertThat(resolved.get(0).message()).isEqualTo("cleared: 10.0.0.5:4028 offline for 5 min");
    assertThat(timeline.memory.alerts()).isEmpty();
    assertThat(timeline.at(9, offline())).as("a new condition starts from scratch").isEmpty();
  }

  @Test
  void aFlappingDeviceKeepsOneAlertOpen() {
    Timeline timeline = new Timeline(OFFLINE);
    timeline.at(0, offline());
    assertThat(timeline.at(5, offline())).hasSize(1);
    for (int minute = 6; minute < 120; minute += 2) {
      assertThat(timeline.at(minute, miner())).isEmpty();
      assertThat(timeline.at(minute + 1.5, offline())).isEmpty();
    }
    assertThat(timeline.at(121, miner())).isEmpty();
    assertThat(timeline.at(123, miner()))
        .extracting(AlertChange::type)
        .containsExactly(Type.RESOLVED);
  }

  @Test
  void zeroSustainOpensAtOnceAndZeroClearResolvesAtOnce() {
    Timeline timeline = new Timeline(rule("hot", RuleKind.TEMPERATURE_HIGH, 90.0, 0, 0));
    List<AlertChange> opened = timeline.at(0, miner().temp(95.0));
    assertThat(opened).extracting(AlertChange::type).containsExactly(Type.OPENED);
    assertThat(opened.get(0).message()).isEqualTo("10.0.0.5:4028 at 95 °C, above 90 °C");
    assertThat(timeline.at(1, miner()))
        .extracting(AlertChange::type)
        .containsExactly(Type.RESOLVED);
  }

  @Test
  void eachRuleAndSubjectIsItsOwnAlert() {
    AlertRule warm = rule("warm", RuleKind.TEMPERATURE_HIGH, 80.0, 0, 0);
    AlertRule hot = rule("hot", RuleKind.TEMPERATURE_HIGH, 90.0, 0, 0);
    Timeline timeline = new Timeline(warm, hot);
    List<AlertChange> changes =
        timeline.at(0, miner(1, "A").temp(95.0), miner(2, "A").temp(85.0), miner(3, "A"));
    assertThat(changes)
        .extracting(AlertChange::key)
        .containsExactlyInAnyOrder(
            new AlertKey("warm", "device:1"),
            new AlertKey("hot", "device:1"),
            new AlertKey("warm", "device:2"));
  }

  @Test
  void anUnknownFindingKeepsWhatWasThere() {
    Timeline timeline = new Timeline(rule("rejects", RuleKind.REJECTED_HIGH, 5.0, 0, 0));
    assertThat(timeline.at(0, miner().shares(1000L, 0L))).isEmpty();
    assertThat(timeline.at(1, miner().shares(1000L, 100L))).hasSize(1);
    assertThat(timeline.at(2, miner().shares(1000L, 100L))).as("still the same rate").isEmpty();
    assertThat(timeline.at(3, miner().shares(0L, 0L))).as("miner restarted").isEmpty();
    assertThat(timeline.memory.alerts()).hasSize(1);
    assertThat(timeline.at(4, miner().shares(100L, 0L)))
        .extracting(AlertChange::type)
        .containsExactly(Type.RESOLVED);
  }

  @Test
  void aSilentSentryCountsItsSustainFromItsLastBatch() {
    AlertRule silent = rule("silent", RuleKind.SENTRY_SILENT, 60.0, 3, 1);
    Timeline timeline = new Timeline(silent);
    SentryFacts quiet = new SentryFacts(7, "rack-a", "A", time(0), 0L);
    assertThat(timeline.at(0.5, List.of(), List.of(quiet))).isEmpty();
    assertThat(timeline.at(2.98, List.of(), List.of(quiet))).isEmpty();
    List<AlertChange> opened = timeline.at(3, List.of(), List.of(quiet));
    assertThat(opened)
        .extracting(AlertChange::message)
        .containsExactly("sentry rack-a silent for 3 min");
    assertThat(opened.get(0).key()).isEqualTo(new AlertKey("silent", "sentry:7"));
    SentryFacts back = new SentryFacts(7, "rack-a", "A", time(4), 0L);
    assertThat(timeline.at(4, List.of(), List.of(back))).isEmpty();
    assertThat(timeline.at(5, List.of(), List.of(back))).hasSize(1);
  }

  @Test
  void aDroppingSentryOpensAtItsFirstDrop() {
    Timeline timeline = new Timeline(rule("drops", RuleKind.SENTRY_DROPPING, null, 0, 15));
    SentryFacts none = new SentryFacts(7, "rack-a", "A", time(0), 0L);
    SentryFacts some = new SentryFacts(7, "rack-a", "A", time(1), 12L);
    assertThat(timeline.at(0, List.of(), List.of(none))).isEmpty();
    assertThat(timeline.at(1, List.of(), List.of(some)))
        .extracting(AlertChange::message)
        .containsExactly("sentry rack-a dropped 12 readings");
    assertThat(timeline.at(2, List.of(), List.of(some))).as("no new drop since").isEmpty();
    assertThat(timeline.at(16.98, List.of(), List.of(some))).isEmpty();
    assertThat(timeline.at(17, List.of(), List.of(some)))
        .extracting(AlertChange::type)
        .containsExactly(Type.RESOLVED);
  }

  @Test
  void anAlertWhoseSubjectIsGoneResolvesAtOnce() {
    Timeline timeline = new Timeline(OFFLINE);
    timeline.at(0, offline(), miner(2, "A").status("offline"));
    timeline.at(5, offline(), miner(2, "A").status("offline"));
    List<AlertChange> resolved = timeline.at(6, offline());
    assertThat(resolved)
        .extracting(AlertChange::key)
        .containsExactly(new AlertKey("offline", "device:2"));
    assertThat(resolved.get(0).message()).startsWith("no longer watched: ");
  }

  @Test
  void rulesMustHaveDistinctIds() {
    Timeline timeline = new Timeline(OFFLINE, rule("offline", RuleKind.FAN_STOPPED, null, 0, 0));
    assertThatThrownBy(() -> timeline.at(0, miner())).hasMessageContaining("offline");
  }

  @Test
  void theMemorySurvivesSerialization() throws Exception {
    Timeline timeline = new Timeline(AlertRules.defaults());
    timeline.trustedPools = List.of("stratum+tcp://pool.example:3333");
    SentryFacts sentry = new SentryFacts(7, "rack-a", "A", time(0), 3L);
    timeline.at(0, List.of(offline(), miner(2, "A").temp(99.0)), List.of(sentry));
    assertThat(timeline.at(5, List.of(offline(), miner(2, "A").temp(99.0)), List.of(sentry)))
        .hasSize(3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(timeline.memory);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(timeline.memory);
    }
  }
}
