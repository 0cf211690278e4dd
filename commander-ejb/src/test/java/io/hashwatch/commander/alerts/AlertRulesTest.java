package io.hashwatch.commander.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
  @Test
  void theDefaultsAreOneEnabledFarmRulePerRuledKind() {
    List<AlertRule> defaults = AlertRules.defaults();
    assertThat(defaults)
        .extracting(AlertRule::kind)
        .containsExactlyInAnyOrder(
            Arrays.stream(RuleKind.values()).filter(RuleKind::ruled).toArray(RuleKind[]::new));
    assertThat(defaults).allMatch(r -> r.enabled() && r.scope() == Scope.FARM);
    assertThat(defaults).extracting(AlertRule::id).doesNotHaveDuplicates();
  }

  @Test
  void theDefaultsSayWhatTheirJavadocSays() {
    AlertRule offline = byKind(RuleKind.DEVICE_OFFLINE);
    assertThat(offline.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(offline.sustain()).isEqualTo(Duration.ofMinutes(5));
    AlertRule hashrate = byKind(RuleKind.HASHRATE_LOW);
    assertThat(hashrate.threshold()).isEqualTo(80.0);
    assertThat(hashrate.sustain()).isEqualTo(Duration.ofMinutes(15));
    assertThat(byKind(RuleKind.TEMPERATURE_HIGH).threshold()).isEqualTo(90.0);
    assertThat(byKind(RuleKind.REJECTED_HIGH).threshold()).isEqualTo(5.0);
    assertThat(byKind(RuleKind.SENTRY_SILENT).sustain()).isEqualTo(Duration.ofMinutes(3));
    assertThat(byKind(RuleKind.SENTRY_DROPPING).sustain()).isZero();
    assertThat(byKind(RuleKind.SENTRY_DROPPING).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void theWatchdogsKindTakesNoRule() {
    assertThatThrownBy(
            () ->
                new AlertRule(
                    "hands",
                    RuleKind.NEEDS_HANDS,
                    Severity.CRITICAL,
                    Scope.FARM,
                    null,
                    Duration.ZERO,
                    Duration.ZERO,
                    true))
        .hasMessageContaining("watchdog");
  }

  private static AlertRule byKind(RuleKind kind) {
    return AlertRules.defaults().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void wireNamesGoBothWays() {
    for (RuleKind kind : RuleKind.values()) {
      assertThat(RuleKind.fromWire(kind.wire())).isEqualTo(kind);
    }
    assertThat(RuleKind.HASHRATE_LOW.wire()).isEqualTo("hashrate-low");
    assertThat(RuleKind.fromWire("hashrate")).isNull();
    for (Severity severity : Severity.values()) {
      assertThat(Severity.fromWire(severity.wire())).isEqualTo(severity);
    }
    for (Scope scope :
        List.of(Scope.FARM, Scope.site("rack room"), Scope.group("row a"), Scope.device(42))) {
      assertThat(Scope.fromWire(scope.wire())).isEqualTo(scope);
    }
    assertThatThrownBy(() -> Scope.fromWire("device:x")).hasMessageContaining("device:x");
    assertThatThrownBy(() -> Scope.fromWire("group:")).hasMessageContaining("group");
    assertThatThrownBy(() -> Scope.fromWire("rack:1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleRefusesWhatCannotWork() {
    AlertRule hot = byKind(RuleKind.TEMPERATURE_HIGH);
    assertThatThrownBy(() -> hot.withThreshold(null)).hasMessageContaining("needs a threshold");
    assertThatThrownBy(() -> hot.withThreshold(-1.0)).hasMessageContaining("negative");
    assertThatThrownBy(() -> hot.withClear(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> byKind(RuleKind.SENTRY_SILENT).forScope("x", Scope.device(1)))
        .hasMessageContaining("about sentries");
    assertThatThrownBy(() -> byKind(RuleKind.SENTRY_SILENT).forScope("x", Scope.group("a")))
        .hasMessageContaining("about sentries");
    assertThatThrownBy(() -> hot.forScope(" ", Scope.FARM)).hasMessageContaining("id");
  }
}
