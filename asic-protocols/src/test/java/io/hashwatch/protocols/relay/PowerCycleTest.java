package io.hashwatch.protocols.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hashwatch.protocols.relay.modbus.ModbusStandIn;
import io.hashwatch.protocols.relay.shelly1.ShellyGen1StandIn;
import io.hashwatch.protocols.testing.HttpStandIn;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PowerCycleTest {

  @Test
  void switchesOffWaitsTheOffTimeSwitchesOnAndReadsBack() throws Exception {
    try (ShellyGen1StandIn plug = ShellyGen1StandIn.open(1, 1432.5)) {
      RelayDriver relay =
          RelayRegistry.driverFor("shelly1://127.0.0.1:" + plug.port() + "/0?off=100ms");

      PowerCycle cycle = relay.powerCycle();

      assertThat(cycle.steps())
          .containsExactly(
              new CycleStep(CycleStep.Step.OFF, RelayState.of(false)),
              new CycleStep(CycleStep.Step.ON, RelayState.of(true)),
              new CycleStep(CycleStep.Step.READ_BACK, new RelayState(true, 1432.5)));
      assertThat(cycle.succeeded()).isTrue();
      assertThat(cycle.offTime()).isEqualTo(Duration.ofMillis(100));
      assertThat(cycle.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
      assertThat(cycle.describe())
          .matches("off: off; waited 0\\.\\d s; on: on; read back: on, 1432\\.5 W");
      // the device itself saw the relay off for at least the off-time
      HttpStandIn.Request off = plug.requests().get(0);
      HttpStandIn.Request on = plug.requests().get(1);
      assertThat(off.target()).isEqualTo("/relay/0?turn=off");
      assertThat(on.target()).isEqualTo("/relay/0?turn=on");
      assertThat(on.nanoTime() - off.nanoTime()).isGreaterThanOrEqualTo(100_000_000L);
      assertThat(plug.isOn(0)).isTrue();
    }
  }

  @Test
  void cyclesAModbusCoilToo() throws Exception {
    try (ModbusStandIn board = new ModbusStandIn(4)) {
      PowerCycle cycle =
          RelayRegistry.driverFor("modbus://127.0.0.1:" + board.port() + "/coil/3?off=100ms")
              .powerCycle();

      assertThat(cycle.succeeded()).isTrue();
      assertThat(board.frames()).hasSize(3);
      assertThat(board.isOn(3)).isTrue();
    }
  }

  @Test
  void stopsWhenTheRelayRefusesToSwitchOffForItDidNotSwitch() throws Exception {
    try (ShellyGen1StandIn plug = new ShellyGen1StandIn(1, null, "admin", "right")) {
      PowerCycle cycle =
          RelayRegistry.driverFor("shelly1://admin:wrong@127.0.0.1:" + plug.port() + "/0")
              .powerCycle();

      assertThat(cycle.steps()).hasSize(1);
      assertThat(cycle.succeeded()).isFalse();
      assertThat(cycle.waited()).isZero();
      assertThat(cycle.describe()).contains("stopped: the relay refused to switch off");
      assertThat(plug.requests()).hasSize(1);
    }
  }

  @Test
  void switchesOnAfterAnOffWhoseAnswerWasLostSoTheLoadIsNeverLeftOff() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean on = new AtomicBoolean(true);
    try (HttpStandIn device =
        new HttpStandIn(
            request -> {
              if (request.path().startsWith("/meter/")) {
                return HttpStandIn.Answer.status(404, "Not Found"); // a Shelly 1: no meter
              }
              if (request.target().endsWith("turn=off")) {
                on.set(false); // the relay switches, then its answer is lost
                hold(release);
              } else if (request.target().endsWith("turn=on")) {
                on.set(true);
              }
              return HttpStandIn.Answer.json("{\"ison\":" + on.get() + "}");
            })) {
      PowerCycle cycle =
          RelayRegistry.driverFor(
                  "shelly1://127.0.0.1:" + device.port() + "/0?off=100ms&timeout=300ms")
              .powerCycle();
      release.countDown();

      assertThat(cycle.steps().get(0).result())
          .isInstanceOfSatisfying(
              RelayFailure.class, failure -> assertThat(failure.refused()).isFalse());
      assertThat(cycle.steps().get(1).result()).isEqualTo(RelayState.of(true));
      assertThat(cycle.last()).isEqualTo(RelayState.of(true));
      assertThat(cycle.succeeded()).isFalse();
      assertThat(on.get()).isTrue();
    } finally {
      release.countDown();
    }
  }

  @Test
  void anInterruptCutsTheWaitShortButStillSwitchesOn() throws Exception {
    try (ShellyGen1StandIn plug = ShellyGen1StandIn.open(1, null)) {
      RelayDriver relay =
          RelayRegistry.driverFor("shelly1://127.0.0.1:" + plug.port() + "/0?off=60s");
      AtomicReference<PowerCycle> result = new AtomicReference<>();
      AtomicBoolean stillInterrupted = new AtomicBoolean();
      Thread cycling =
          new Thread(
              () -> {
                result.set(relay.powerCycle());
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              });
      cycling.start();
      // the only timed wait of a cycle is the off-time: the HTTP calls wait without a time
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> cycling.getState() == Thread.State.TIMED_WAITING);

      cycling.interrupt();
      cycling.join(Duration.ofSeconds(20).toMillis());

      assertThat(cycling.isAlive()).isFalse();
      assertThat(result.get().steps().get(0).result()).isEqualTo(RelayState.of(false));
      assertThat(result.get().waited()).isLessThan(Duration.ofSeconds(60));
      assertThat(result.get().last()).isEqualTo(RelayState.of(true));
      assertThat(plug.isOn(0)).isTrue();
      assertThat(stillInterrupted.get()).isTrue();
    }
  }

  private static void hold(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
