package io.hashwatch.sentry.commands;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.relay.PowerCycle;
import io.hashwatch.protocols.relay.RelayResult;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.CommandResult.Status;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.sentry.sweep.WatchedDevices;
import io.hashwatch.sentry.sweep.WatchedMiner;
import io.hashwatch.sentry.sweep.WatchedRelay;
import java.time.Clock;
import java.util.Optional;

/**
 * Carries out one command: a miner action through the miner's driver, a power action through the
 * relay that powers the device (or the relay itself, when the command names one), and says what
 * came of it in words.
 */
public final class CommandExecution implements CommandExecutor {
  private final WatchedDevices devices;
  private final DriverRegistry registry;
  private final Clock clock;

  /** A status and its detail, before the result gets its time. */
  private record Outcome(Status status, String detail) {}

  public CommandExecution(WatchedDevices devices, DriverRegistry registry, Clock clock) {
    this.devices = devices;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public CommandResult run(SentryCommand command) {
    Outcome outcome;
    try {
      outcome = outcome(command);
    } catch (RuntimeException e) {
      // Drivers report what devices do as results; this is a fault of the sentry or a driver.
      outcome = new Outcome(Status.FAILED, "the sentry failed to carry out the command: " + e);
    }
    return new CommandResult(command.id(), outcome.status(), clock.instant(), outcome.detail());
  }

  private Outcome outcome(SentryCommand command) {
    CommandAction action = command.action();
    Optional<WatchedRelay> relay = devices.relay(command.address());
    if (relay.isPresent()) {
      return action.isPower()
          ? power(relay.get(), action)
          : new Outcome(
              Status.UNSUPPORTED,
              command.address()
                  + " is a relay: it takes power-off, power-on and power-cycle, not "
                  + action.wire());
    }
    if (action.isPower()) {
      // A miner too hung to be found by discovery can still be power-cycled.
      return devices
          .relayPowering(command.address())
          .map(powering -> power(powering, action))
          .orElse(new Outcome(Status.UNSUPPORTED, "no relay powers this device"));
    }
    return devices
        .miner(command.address())
        .map(miner -> minerAction(miner, command))
        .orElse(
            new Outcome(Status.FAILED, "this sentry watches no device at " + command.address()));
  }

  private Outcome minerAction(WatchedMiner miner, SentryCommand command) {
    MinerDriver driver = miner.driver();
    if (driver == null) {
      Identification found = miner.identify(registry);
      if (found instanceof Identification.NotIdentified none) {
        return new Outcome(
            Status.FAILED,
            "cannot tell what the miner runs: " + String.join("; ", none.why().errors()));
      }
      driver = ((Identification.Identified) found).driver();
    }
    ActionResult result = driver.perform(miner.target(), command.minerAction());
    String firmware = driver.firmware() + ": ";
    if (result instanceof ActionResult.Done done) {
      return new Outcome(Status.SUCCEEDED, firmware + done.detail());
    }
    if (result instanceof ActionResult.Unsupported unsupported) {
      return new Outcome(Status.UNSUPPORTED, firmware + unsupported.reason());
    }
    return new Outcome(Status.FAILED, firmware + ((ActionResult.Failed) result).reason());
  }

  private static Outcome power(WatchedRelay relay, CommandAction action) {
    String where = "relay " + relay.address() + ": ";
    if (action == CommandAction.POWER_CYCLE) {
      PowerCycle cycle = relay.driver().powerCycle();
      return new Outcome(
          cycle.succeeded() ? Status.SUCCEEDED : Status.FAILED, where + cycle.describe());
    }
    boolean wanted = action == CommandAction.POWER_ON;
    RelayResult result = wanted ? relay.driver().on() : relay.driver().off();
    if (result instanceof RelayState state) {
      return state.on() == wanted
          ? new Outcome(Status.SUCCEEDED, where + state.describe())
          : new Outcome(
              Status.FAILED,
              where + "switched " + (wanted ? "on" : "off") + " but reports " + state.describe());
    }
    return new Outcome(Status.FAILED, where + result.describe());
  }
}
