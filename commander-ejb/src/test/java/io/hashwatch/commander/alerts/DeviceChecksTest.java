package io.hashwatch.commander.alerts;

import static io.hashwatch.commander.alerts.Miner.miner;
import static io.hashwatch.commander.alerts.Timeline.rule;
import static io.hashwatch.commander.alerts.Timeline.time;
import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.alerts.Conditions.ShareCount;
import io.hashwatch.commander.alerts.Conditions.ShareWindow;
import io.hashwatch.commander.alerts.Finding.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceChecksTest {
  private static final List<String> TRUSTED = List.of("stratum+tcp://pool.example:3333");

  private static Finding check(RuleKind kind, Double threshold, Miner miner) {
    return check(kind, threshold, miner, null);
  }

  private static Finding check(RuleKind kind, Double threshold, Miner miner, ShareWindow shares) {
    return DeviceChecks.check(rule("r", kind, threshold, 0, 0), miner.facts(), TRUSTED, shares);
  }

  private static State state(RuleKind kind, Double threshold, Miner miner) {
    return check(kind, threshold, miner).state();
  }

  @Test
  void offlineIsTheOfflineStatus() {
    assertThat(check(RuleKind.DEVICE_OFFLINE, null, miner().status("offline")).message())
        .isEqualTo("10.0.0.5:4028 offline");
    for (String status : List.of("online", "warning", "error", "no-data", "sleeping", "unknown")) {
      assertThat(state(RuleKind.DEVICE_OFFLINE, null, miner().status(status)))
          .as(status)
          .isEqualTo(State.ABSENT);
    }
  }

  @Test
  void hashrateLowIsStrictlyBelowTheShareOfExpected() {
    assertThat(state(RuleKind.HASHRATE_LOW, 80.0, miner().hashrate(80e12, 100e12, null)))
        .isEqualTo(State.ABSENT);
    Finding low = check(RuleKind.HASHRATE_LOW, 80.0, miner().hashrate(79.9e12, 100e12, null));
    assertThat(low.state()).isEqualTo(State.HOLDS);
    assertThat(low.message())
        .isEqualTo("10.0.0.5:4028 hashing 79.9 TH/s, 79.9 % of its expected 100.0 TH/s");
  }

  @Test
  void hashrateLowFallsBackOnTheHourMedianWithoutAnExpectedHashrate() {
    Finding low = check(RuleKind.HASHRATE_LOW, 80.0, miner().hashrate(7.9e6, null, 10e6));
    assertThat(low.state()).isEqualTo(State.HOLDS);
    assertThat(low.message()).contains("79 % of its 1-hour median 10.0 MH/s");
    assertThat(state(RuleKind.HASHRATE_LOW, 80.0, miner().hashrate(8e6, 0.0, 10e6)))
        .isEqualTo(State.ABSENT);
    assertThat(state(RuleKind.HASHRATE_LOW, 80.0, miner().hashrate(1.0, null, null)))
        .isEqualTo(State.ABSENT);
    assertThat(state(RuleKind.HASHRATE_LOW, 80.0, miner().hashrate(null, 100e12, null)))
        .isEqualTo(State.ABSENT);
  }

  @Test
  void temperatureHighIsStrictlyAbove() {
    assertThat(state(RuleKind.TEMPERATURE_HIGH, 90.0, miner().temp(90.0))).isEqualTo(State.ABSENT);
    Finding hot = check(RuleKind.TEMPERATURE_HIGH, 90.0, miner().temp(90.5));
    assertThat(hot.state()).isEqualTo(State.HOLDS);
    assertThat(hot.message()).isEqualTo("10.0.0.5:4028 at 90.5 °C, above 90 °C");
    assertThat(state(RuleKind.TEMPERATURE_HIGH, 90.0, miner().temp(null))).isEqualTo(State.ABSENT);
  }

  @Test
  void fanStoppedIsAFanAtZero() {
    Finding stopped = check(RuleKind.FAN_STOPPED, null, miner().fans(4800, 0, 4900));
    assertThat(stopped.state()).isEqualTo(State.HOLDS);
    assertThat(stopped.message()).isEqualTo("10.0.0.5:4028 fan 2 at 0 RPM");
    assertThat(state(RuleKind.FAN_STOPPED, null, miner().fans(1, 4800))).isEqualTo(State.ABSENT);
    assertThat(state(RuleKind.FAN_STOPPED, null, miner().fans())).isEqualTo(State.ABSENT);
  }

  @Test
  void chipsMissingIsFewerChipsOrBoards() {
    assertThat(state(RuleKind.CHIPS_MISSING, null, miner().chips(126, 126).boards(3, 3)))
        .isEqualTo(State.ABSENT);
    assertThat(check(RuleKind.CHIPS_MISSING, null, miner().chips(125, 126)).message())
        .isEqualTo("10.0.0.5:4028 has 125 of 126 chips");
    assertThat(check(RuleKind.CHIPS_MISSING, null, miner().chips(84, 126).boards(2, 3)).message())
        .isEqualTo("10.0.0.5:4028 has 2 of 3 boards, 84 of 126 chips");
    assertThat(state(RuleKind.CHIPS_MISSING, null, miner().chips(null, 126).boards(3, null)))
        .isEqualTo(State.ABSENT);
  }

  private static ShareWindow window(long accepted, long rejected) {
    ShareCount count = new ShareCount(time(0), accepted, rejected);
    return new ShareWindow(count, count);
  }

  @Test
  void rejectedHighIsStrictlyAboveTheRateSinceTheOlderSample() {
    ShareWindow before = window(1000, 10);
    // 95 accepted and 5 rejected since: exactly 5 %.
    assertThat(check(RuleKind.REJECTED_HIGH, 5.0, miner().shares(1095L, 15L), before).state())
        .isEqualTo(State.ABSENT);
    Finding high = check(RuleKind.REJECTED_HIGH, 5.0, miner().shares(1094L, 16L), before);
    assertThat(high.state()).isEqualTo(State.HOLDS);
    assertThat(high.message()).isEqualTo("10.0.0.5:4028 rejected 6.0 % of its shares, above 5 %");
  }

  @Test
  void rejectedHighCannotTellWithoutNewSharesOrAfterAReset() {
    assertThat(check(RuleKind.REJECTED_HIGH, 5.0, miner().shares(1000L, 10L)).state())
        .as("no earlier sample")
        .isEqualTo(State.UNKNOWN);
    ShareWindow before = window(1000, 10);
    assertThat(check(RuleKind.REJECTED_HIGH, 5.0, miner().shares(1000L, 10L), before).state())
        .as("no share since")
        .isEqualTo(State.UNKNOWN);
    assertThat(check(RuleKind.REJECTED_HIGH, 5.0, miner().shares(3L, 2L), before).state())
        .as("miner restarted")
        .isEqualTo(State.UNKNOWN);
    assertThat(check(RuleKind.REJECTED_HIGH, 5.0, miner().shares(null, null), before).state())
        .isEqualTo(State.ABSENT);
  }

  @Test
  void theShareWindowAdvancesOncePerWindow() {
    ShareWindow first = DeviceChecks.nextShares(null, miner().shares(100L, 1L).facts(), time(0));
    assertThat(first.older()).isEqualTo(first.newer());
    ShareWindow same = DeviceChecks.nextShares(first, miner().shares(150L, 1L).facts(), time(9.9));
    assertThat(same).isEqualTo(first);
    ShareWindow moved = DeviceChecks.nextShares(same, miner().shares(200L, 2L).facts(), time(10));
    assertThat(moved.older()).isEqualTo(first.newer());
    assertThat(moved.newer()).isEqualTo(new ShareCount(time(10), 200, 2));
    ShareWindow reset = DeviceChecks.nextShares(moved, miner().shares(5L, 0L).facts(), time(11));
    assertThat(reset.older()).isEqualTo(new ShareCount(time(11), 5, 0));
    assertThat(DeviceChecks.nextShares(moved, miner().shares(null, 0L).facts(), time(12))).isNull();
  }

  @Test
  void poolUntrustedIsAPoolNotOnTheList() {
    Finding foreign = check(RuleKind.POOL_UNTRUSTED, null, miner().pool("stratum+tcp://evil:3333"));
    assertThat(foreign.state()).isEqualTo(State.HOLDS);
    assertThat(foreign.message())
        .isEqualTo("10.0.0.5:4028 mines on stratum+tcp://evil:3333, not a trusted pool");
    assertThat(
            state(RuleKind.POOL_UNTRUSTED, null, miner().pool(" STRATUM+TCP://Pool.example:3333/")))
        .isEqualTo(State.ABSENT);
    assertThat(state(RuleKind.POOL_UNTRUSTED, null, miner().pool(null))).isEqualTo(State.ABSENT);
  }

  @Test
  void anEmptyTrustedListChecksNoPool() {
    DeviceFacts foreign = miner().pool("stratum+tcp://evil:3333").facts();
    AlertRule rule = rule("r", RuleKind.POOL_UNTRUSTED, null, 0, 0);
    assertThat(DeviceChecks.check(rule, foreign, List.of(), null).state()).isEqualTo(State.ABSENT);
  }

  @Test
  void figureRulesNeedADeviceThatReports() {
    Miner broken =
        miner()
            .hashrate(0.0, 100e12, null)
            .temp(120.0)
            .fans(0)
            .chips(0, 126)
            .pool("stratum+tcp://evil:3333");
    assertThat(state(RuleKind.TEMPERATURE_HIGH, 90.0, broken.status("warning")))
        .isEqualTo(State.HOLDS);
    for (String status : List.of("offline", "error", "no-data", "sleeping", "unknown")) {
      broken.status(status);
      for (RuleKind kind : List.of(RuleKind.FAN_STOPPED, RuleKind.CHIPS_MISSING)) {
        assertThat(state(kind, null, broken)).as(kind + " " + status).isEqualTo(State.ABSENT);
      }
      assertThat(state(RuleKind.HASHRATE_LOW, 80.0, broken)).isEqualTo(State.ABSENT);
      assertThat(state(RuleKind.TEMPERATURE_HIGH, 90.0, broken)).isEqualTo(State.ABSENT);
      assertThat(state(RuleKind.POOL_UNTRUSTED, null, broken)).isEqualTo(State.ABSENT);
    }
  }
}
