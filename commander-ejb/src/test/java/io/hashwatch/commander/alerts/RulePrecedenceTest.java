package io.hashwatch.commander.alerts;

import static io.hashwatch.commander.alerts.Miner.miner;
import static io.hashwatch.commander.alerts.Timeline.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.commander.alerts.AlertChange.Type;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rules apply to a subject, and what happens to alerts of rules that are switched off. */
class RulePrecedenceTest {
  private static final AlertRule FARM = rule("farm-hot", RuleKind.TEMPERATURE_HIGH, 90.0, 0, 0);
  private static final AlertRule SITE_B =
      FARM.forScope("b-hot", Scope.site("B")).withThreshold(80.0);
  private static final AlertRule DEVICE_3 =
      FARM.forScope("three-hot", Scope.device(3)).withThreshold(100.0);

  @Test
  void theMostSpecificScopeWins() {
    Timeline timeline = new Timeline(FARM, SITE_B, DEVICE_3);
    List<AlertChange> changes =
        timeline.at(
            0,
            miner(1, "A").temp(95.0),
            miner(2, "B").temp(85.0),
            miner(3, "B").temp(95.0),
            miner(4, "B").temp(79.0),
            miner(5, null).temp(95.0));
    assertThat(changes)
        .extracting(AlertChange::key)
        .containsExactlyInAnyOrder(
            new AlertKey("farm-hot", "device:1"),
            new AlertKey("b-hot", "device:2"),
            new AlertKey("farm-hot", "device:5"));
  }

  @Test
  void aGroupRuleWinsOverItsSiteAndLosesToADeviceRule() {
    AlertRule rowA = FARM.forScope("row-a-hot", Scope.group("row-a")).withThreshold(70.0);
    Timeline timeline = new Timeline(FARM, SITE_B, rowA, DEVICE_3);
    List<AlertChange> changes =
        timeline.at(
            0,
            miner(2, "B").group("row-a").temp(75.0),
            miner(3, "B").group("row-a").temp(95.0),
            miner(4, "B").group("row-b").temp(75.0));
    assertThat(changes)
        .extracting(AlertChange::key)
        .containsExactly(new AlertKey("row-a-hot", "device:2"));
    assertThat(changes.get(0).subject().group()).isEqualTo("row-a");
    assertThat(Scope.group("row-a").covers(changes.get(0).subject())).isTrue();
    assertThat(Scope.group("row-b").covers(changes.get(0).subject())).isFalse();
  }

  @Test
  void aDisabledRuleOpensNothing() {
    Timeline timeline = new Timeline(FARM.withEnabled(false));
    assertThat(timeline.at(0, miner().temp(120.0))).isEmpty();
    assertThat(timeline.memory.alerts()).isEmpty();
  }

  @Test
  void aDisabledDeviceRuleMutesThatDeviceOnly() {
    Timeline timeline = new Timeline(FARM, DEVICE_3.withEnabled(false));
    assertThat(timeline.at(0, miner(3, "A").temp(120.0), miner(4, "A").temp(120.0)))
        .extracting(AlertChange::key)
        .containsExactly(new AlertKey("farm-hot", "device:4"));
  }

  @Test
  void disablingARuleResolvesWhatItOpenedAtOnce() {
    AlertRule slowToClear = FARM.withClear(Duration.ofHours(1));
    Timeline timeline = new Timeline(slowToClear);
    assertThat(timeline.at(0, miner().temp(120.0))).hasSize(1);
    timeline.rules = List.of(slowToClear.withEnabled(false));
    List<AlertChange> resolved = timeline.at(1, miner().temp(120.0));
    assertThat(resolved).extracting(AlertChange::type).containsExactly(Type.RESOLVED);
    assertThat(resolved.get(0).key()).isEqualTo(new AlertKey("farm-hot", "device:1"));
    assertThat(timeline.memory.alerts()).isEmpty();
    timeline.rules = List.of(slowToClear);
    assertThat(timeline.at(2, miner().temp(120.0))).as("enabled again: a new alert").hasSize(1);
  }

  @Test
  void aMoreSpecificRuleTakesOverFromTheFarmRule() {
    Timeline timeline = new Timeline(FARM);
    timeline.at(0, miner(3, "B").temp(95.0));
    timeline.rules = List.of(FARM, DEVICE_3.withThreshold(90.0));
    assertThat(timeline.at(1, miner(3, "B").temp(95.0)))
        .extracting(AlertChange::type, AlertChange::key)
        .containsExactlyInAnyOrder(
            tuple(Type.RESOLVED, new AlertKey("farm-hot", "device:3")),
            tuple(Type.OPENED, new AlertKey("three-hot", "device:3")));
  }

  @Test
  void sentriesAreCoveredByTheFarmAndTheirSiteOnly() {
    AlertRule farm = rule("silent", RuleKind.SENTRY_SILENT, 60.0, 0, 0);
    AlertRule siteA = farm.forScope("a-silent", Scope.site("A")).withEnabled(false);
    assertThat(RuleEngine.applicable(List.of(farm, siteA), true, "A", null, null)).isEmpty();
    assertThat(RuleEngine.applicable(List.of(farm, siteA), true, "B", null, null))
        .containsExactly(farm);
    assertThat(RuleEngine.applicable(List.of(farm, siteA, FARM), false, "B", null, 1L))
        .containsExactly(FARM);
  }
}
