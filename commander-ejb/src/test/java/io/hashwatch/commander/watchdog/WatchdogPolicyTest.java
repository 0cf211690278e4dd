package io.hashwatch.commander.watchdog;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.actions.CommandStatus;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.DeviceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's decisions run after run on a farm whose facts and clock the test sets; each run's
 * progress is stored as the cycle would store it.
 */
class WatchdogPolicyTest {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final WatchdogSettings SETTINGS =
      new WatchdogSettings(
          true,
          List.of(CommandAction.RESTART, CommandAction.REBOOT, CommandAction.POWER_CYCLE),
          Duration.ofMinutes(10),
          Duration.ofMinutes(5),
          2,
          50);

  /** A farm of four miners of one site under one sentry; miner 1 is the one that fails. */
  private final Map<Long, WatchedDevice> devices = new HashMap<>();

  private final Map<Long, Progress> progress = new HashMap<>();
  private Instant now = T0;
  private long nextCommand = 1;

  WatchdogPolicyTest() {
    for (long id = 1; id <= 4; id++) {
      devices.put(id, miner(id, "online", 100e12));
    }
  }

  private static WatchedDevice miner(long id, String status, Double hashrate) {
    return new WatchedDevice(
        id, "10.0.0." + id + ":4028", DeviceKind.ASIC, "hall", 9, status, hashrate, T0, null);
  }

  private void set(long id, String status, Double hashrate) {
    WatchedDevice was = devices.get(id);
    devices.put(
        id,
        new WatchedDevice(
            id,
            was.address(),
            was.kind(),
            was.site(),
            was.sentryId(),
            status,
            hashrate,
            was.sentrySeen(),
            was.stepResult()));
  }

  private void stepEnded(long id, CommandStatus result) {
    WatchedDevice was = devices.get(id);
    devices.put(
        id,
        new WatchedDevice(
            id,
            was.address(),
            was.kind(),
            was.site(),
            was.sentryId(),
            was.status(),
            was.hashrateHs(),
            was.sentrySeen(),
            result));
  }

  private void sentrySeen(Instant at) {
    devices.replaceAll(
        (id, d) ->
            new WatchedDevice(
                id,
                d.address(),
                d.kind(),
                d.site(),
                d.sentryId(),
                d.status(),
                d.hashrateHs(),
                at,
                d.stepResult()));
  }

  /** One run at {@code now}: the decisions that change something, stored as the cycle does. */
  private List<Decision> run() {
    List<Decision> decisions =
        WatchdogPolicy.decide(now, SETTINGS, new ArrayList<>(devices.values()), progress);
    List<Decision> changes = new ArrayList<>();
    for (Decision decision : decisions) {
      if (!decision.changes()) {
        continue;
      }
      changes.add(decision);
      long id = decision.device().id();
      Progress after = decision.after();
      if (decision.send() != null) {
        after = after.withCommand(nextCommand++);
        stepEnded(id, CommandStatus.QUEUED);
      }
      if (after == null) {
        progress.remove(id);
      } else {
        progress.put(id, after);
      }
    }
    return changes;
  }

  private List<CommandAction> sent(List<Decision> decisions) {
    return decisions.stream().map(Decision::send).filter(a -> a != null).toList();
  }

  private void at(Duration sinceT0) {
    now = T0.plus(sinceT0);
    sentrySeen(now);
  }

  @Test
  void aHealthyFarmNeedsNothing() {
    assertThat(run()).isEmpty();
    assertThat(progress).isEmpty();
  }

  @Test
  void aMinerHashingNothingIsRestartedOnceItFailedForTheTrigger() {
    set(1, "warning", 0.0);
    assertThat(sent(run())).isEmpty();
    assertThat(progress.get(1L).failingSince()).isEqualTo(T0);

    at(Duration.ofMinutes(9));
    assertThat(sent(run())).isEmpty();

    at(Duration.ofMinutes(10));
    assertThat(sent(run())).containsExactly(CommandAction.RESTART);
    assertThat(progress.get(1L).step()).isZero();
    assertThat(progress.get(1L).cycles()).isEqualTo(1);

    at(Duration.ofMinutes(11));
    assertThat(sent(run())).as("the restart's wait is not over").isEmpty();
  }

  @Test
  void theLadderGoesStepByStepAfterEachWaitAndGivesUpOnceWithNeedsHands() {
    set(1, "offline", null);
    run();
    at(Duration.ofMinutes(10));
    assertThat(sent(run())).containsExactly(CommandAction.RESTART);
    stepEnded(1, CommandStatus.SUCCEEDED);
    at(Duration.ofMinutes(14));
    assertThat(sent(run())).isEmpty();
    at(Duration.ofMinutes(15));
    assertThat(sent(run())).containsExactly(CommandAction.REBOOT);
    stepEnded(1, CommandStatus.SUCCEEDED);
    at(Duration.ofMinutes(20));
    assertThat(sent(run())).containsExactly(CommandAction.POWER_CYCLE);
    stepEnded(1, CommandStatus.SUCCEEDED);

    at(Duration.ofMinutes(25));
    List<Decision> gaveUp = run();
    assertThat(gaveUp)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.alert()).isEqualTo(Decision.Alert.OPEN);
              assertThat(d.message()).contains("10.0.0.1:4028", "restart, reboot, power-cycle");
              assertThat(d.send()).isNull();
            });
    assertThat(progress.get(1L).gaveUp()).isEqualTo(now);

    at(Duration.ofMinutes(40));
    assertThat(run()).as("nothing more until it is healthy").isEmpty();
  }

  @Test
  void aStepThatFailedIsFollowedAtOnceByTheNext() {
    set(1, "offline", null);
    run();
    at(Duration.ofMinutes(10));
    assertThat(sent(run())).containsExactly(CommandAction.RESTART);
    stepEnded(1, CommandStatus.FAILED);
    at(Duration.ofMinutes(10).plusSeconds(30));
    assertThat(sent(run())).containsExactly(CommandAction.REBOOT);
    stepEnded(1, CommandStatus.UNSUPPORTED);
    at(Duration.ofMinutes(11));
    assertThat(sent(run())).containsExactly(CommandAction.POWER_CYCLE);
    stepEnded(1, CommandStatus.EXPIRED);
    at(Duration.ofMinutes(11).plusSeconds(30));
    assertThat(run()).singleElement().extracting(Decision::alert).isEqualTo(Decision.Alert.OPEN);
  }

  @Test
  void aMinerHashingAgainEndsItsLadderAndResolvesItsAlert() {
    set(1, "offline", null);
    run();
    at(Duration.ofMinutes(10));
    run();
    stepEnded(1, CommandStatus.SUCCEEDED);
    set(1, "online", 90e12);
    at(Duration.ofMinutes(11));
    List<Decision> healed = run();
    assertThat(healed).singleElement().extracting(Decision::alert).isEqualTo(Decision.Alert.NONE);
    Progress kept = progress.get(1L);
    assertThat(kept.failingSince()).isNull();
    assertThat(kept.step()).isNull();
    assertThat(kept.cycles()).as("the day's ladders are still counted").isEqualTo(1);

    set(1, "offline", null);
    for (int minutes = 12; minutes <= 40; minutes++) {
      at(Duration.ofMinutes(minutes));
      run();
      stepEnded(1, CommandStatus.FAILED);
    }
    assertThat(progress.get(1L).gaveUp()).isNotNull();
    set(1, "warning", 50e12);
    at(Duration.ofMinutes(41));
    assertThat(run()).singleElement().extracting(Decision::alert).isEqualTo(Decision.Alert.RESOLVE);
    assertThat(progress.get(1L).gaveUp()).isNull();
  }

  @Test
  void noMoreThanMaxCyclesLaddersBeginADayAndTheNextDayOneMayBegin() {
    for (int ladder = 1; ladder <= 2; ladder++) {
      set(1, "offline", null);
      at(Duration.ofMinutes(ladder * 30L));
      run();
      at(Duration.ofMinutes(ladder * 30L + 10));
      assertThat(sent(run())).containsExactly(CommandAction.RESTART);
      set(1, "online", 1e12);
      at(Duration.ofMinutes(ladder * 30L + 11));
      run();
    }
    set(1, "offline", null);
    at(Duration.ofMinutes(100));
    run();
    at(Duration.ofMinutes(120));
    List<Decision> refused =
        WatchdogPolicy.decide(now, SETTINGS, new ArrayList<>(devices.values()), progress);
    assertThat(refused)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.send()).isNull();
              assertThat(d.heldBack()).contains("2 ladders began today", "tomorrow");
            });

    now = Instant.parse("2026-12-01T00:00:30Z");
    sentrySeen(now);
    assertThat(sent(run())).as("a new UTC day").containsExactly(CommandAction.RESTART);
    assertThat(progress.get(1L).cycles()).isEqualTo(1);
  }

  @Test
  void mostOfASiteFailingAtOnceIsHeldBackAndItsTriggerCountsAgainAfter() {
    set(1, "offline", null);
    set(2, "offline", null);
    set(3, "offline", null);
    List<Decision> first = run();
    assertThat(first).allSatisfy(d -> assertThat(d.heldBack()).contains("3 of 4", "site hall"));
    at(Duration.ofMinutes(30));
    assertThat(sent(run())).as("a power cut: nothing sent").isEmpty();

    set(2, "online", 1e12);
    set(3, "online", 1e12);
    at(Duration.ofMinutes(31));
    assertThat(sent(run())).as("the trigger counts from the end of the hold").isEmpty();
    assertThat(progress.get(1L).failingSince()).isEqualTo(now);
    at(Duration.ofMinutes(41));
    assertThat(sent(run())).containsExactly(CommandAction.RESTART);
  }

  @Test
  void halfOfASiteFailingIsNotHeldBack() {
    set(1, "offline", null);
    set(2, "warning", 0.0);
    run();
    at(Duration.ofMinutes(10));
    assertThat(sent(run())).containsExactly(CommandAction.RESTART, CommandAction.RESTART);
  }

  @Test
  void devicesOfASilentSentryAreHeldBack() {
    set(1, "offline", null);
    run();
    now = T0.plus(Duration.ofMinutes(10));
    WatchedDevice was = devices.get(1L);
    assertThat(was.sentrySeen()).isEqualTo(T0);
    List<Decision> decisions = run();
    assertThat(sent(decisions)).isEmpty();
    assertThat(decisions)
        .singleElement()
        .extracting(Decision::heldBack)
        .asString()
        .contains("sentry has not been heard from");
  }

  @Test
  void sleepingDevicesRelaysAndGpusAreNeverTouched() {
    set(1, "sleeping", 0.0);
    devices.put(
        5L,
        new WatchedDevice(
            5, "shelly1://10.0.0.9/0", DeviceKind.RELAY, "hall", 9, "offline", null, T0, null));
    devices.put(
        6L, new WatchedDevice(6, "rig/gpu0", DeviceKind.GPU, "hall", 9, "warning", 0.0, T0, null));
    run();
    at(Duration.ofHours(1));
    assertThat(run()).isEmpty();
    assertThat(progress).isEmpty();
  }

  @Test
  void aDevicePutToSleepInALadderLeavesIt() {
    set(1, "offline", null);
    run();
    at(Duration.ofMinutes(10));
    assertThat(sent(run())).containsExactly(CommandAction.RESTART);
    set(1, "sleeping", null);
    at(Duration.ofMinutes(11));
    run();
    assertThat(progress.get(1L).step()).isNull();
    assertThat(progress.get(1L).failingSince()).isNull();
    at(Duration.ofMinutes(30));
    assertThat(run()).isEmpty();
  }

  @Test
  void aDeviceInErrorIsNeitherFailingNorHealthy() {
    set(1, "error", null);
    assertThat(run()).isEmpty();
  }
}
