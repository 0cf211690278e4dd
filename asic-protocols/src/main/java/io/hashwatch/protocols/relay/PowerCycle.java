package io.hashwatch.protocols.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * A power cycle of one relay and the outcome of each step: off, a wait of the off-time, on, and a
 * read-back of the state.
 *
 * <p>The cycle stops after the first step only when the relay refused to switch off (it certainly
 * did not). When switching off failed in a way that leaves its state unknown (a timeout, a garbled
 * answer), the cycle still waits and switches on, so that a relay that did switch off is never left
 * off. For the same reason an interrupt during the wait cuts the wait short but the relay is still
 * switched on; the thread's interrupt status is restored afterwards.
 *
 * @param steps the steps taken, in order: OFF, then ON and READ_BACK unless the cycle stopped
 * @param offTime the off-time asked for
 * @param waited how long the relay was left between the off and on requests (zero when stopped)
 */
public record PowerCycle(List<CycleStep> steps, Duration offTime, Duration waited) {

  public PowerCycle {
    steps = List.copyOf(steps);
    List<CycleStep.Step> order = steps.stream().map(CycleStep::step).toList();
    if (!order.equals(List.of(CycleStep.Step.values()))
        && !order.equals(List.of(CycleStep.Step.OFF))) {
      throw new IllegalArgumentException("a power cycle is off, on, read back; or off alone");
    }
  }

  /** Runs a power cycle of {@code relay}, blocking for {@code offTime}. */
  static PowerCycle run(RelayDriver relay, Duration offTime) {
    List<CycleStep> steps = new ArrayList<>(3);
    RelayResult off = relay.off();
    steps.add(new CycleStep(CycleStep.Step.OFF, off));
    if (off instanceof RelayFailure failure && failure.refused()) {
      return new PowerCycle(steps, offTime, Duration.ZERO);
    }
    long start = System.nanoTime();
    boolean interrupted = false;
    try {
      TimeUnit.NANOSECONDS.sleep(offTime.toNanos());
    } catch (InterruptedException e) {
      interrupted = true; // switch on now rather than leave the load without power
    }
    Duration waited = Duration.ofNanos(System.nanoTime() - start);
    steps.add(new CycleStep(CycleStep.Step.ON, relay.on()));
    steps.add(new CycleStep(CycleStep.Step.READ_BACK, relay.state()));
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return new PowerCycle(steps, offTime, waited);
  }

  /** Whether the relay went off, came back on and reads back as on. */
  public boolean succeeded() {
    return steps.size() == 3
        && steps.get(0).result() instanceof RelayState off
        && !off.on()
        && steps.get(1).result() instanceof RelayState on
        && on.on()
        && steps.get(2).result() instanceof RelayState after
        && after.on();
  }

  /** The state read back at the end, or the last failure. */
  public RelayResult last() {
    return steps.get(steps.size() - 1).result();
  }

  /** The cycle in one line: "off: off; waited 10.0 s; on: on; read back: on, 35.2 W". */
  public String describe() {
    StringJoiner line = new StringJoiner("; ");
    line.add("off: " + steps.get(0).result().describe());
    if (steps.size() == 1) {
      line.add("stopped: the relay refused to switch off, so it was left as it was");
    } else {
      line.add(String.format(Locale.ROOT, "waited %.1f s", waited.toMillis() / 1000.0));
      for (CycleStep step : steps.subList(1, steps.size())) {
        line.add(step.step().label() + ": " + step.result().describe());
      }
    }
    return line.toString();
  }
}
