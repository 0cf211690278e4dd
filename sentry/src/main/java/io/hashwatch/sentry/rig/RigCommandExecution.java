package io.hashwatch.sentry.rig;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.CommandResult.Status;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.sentry.commands.CommandExecutor;
import io.hashwatch.sentry.config.RigConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Carries out the commands for a rig ({@code RIG}) and its miner programs ({@code RIG/NAME}).
 *
 * <ul>
 *   <li>{@code restart} a program: its {@code restart-command}, else {@code systemctl restart
 *       UNIT}.
 *   <li>{@code sleep} / {@code wake} a program: its API's pause and resume where it has them
 *       (xmrig, monerod), else its {@code stop-command} / {@code start-command}, else {@code
 *       systemctl stop|start UNIT}.
 *   <li>{@code restart}, {@code sleep}, {@code wake} the rig: the same for every program; it
 *       succeeds only when every program's does.
 *   <li>{@code reboot} the rig: its {@code reboot-command}, a few seconds later in the background.
 * </ul>
 *
 * What cannot be done (no command configured, power, pools) is unsupported, saying what to give.
 */
public final class RigCommandExecution implements CommandExecutor {
  private static final System.Logger LOG = System.getLogger(RigCommandExecution.class.getName());

  /** Time for the result of a reboot to reach the commander before the machine goes down. */
  static final Duration REBOOT_DELAY = Duration.ofSeconds(5);

  private final RigConfig config;
  private final Function<String, Optional<RigProgram>> program;
  private final Supplier<List<RigProgram>> programs;
  private final ProcessCommand processes;
  private final ProgramActions actions;
  private final Clock clock;
  private final Duration rebootDelay;

  /** Runs reboots after their delay; a daemon, so a sentry that stops first does not reboot. */
  private static final ScheduledExecutorService REBOOTS =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "reboot");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * @param program the program watched now at a device address ({@code RIG/NAME}), configured or
   *     discovered
   * @param programs every program watched now
   */
  public RigCommandExecution(
      RigConfig config,
      Function<String, Optional<RigProgram>> program,
      Supplier<List<RigProgram>> programs,
      ProcessCommand processes,
      Clock clock) {
    this(config, program, programs, processes, clock, "systemctl", REBOOT_DELAY);
  }

  /**
   * @param systemctl the {@code systemctl} to run for a program's unit
   * @param rebootDelay how long a reboot waits after its result is given
   */
  RigCommandExecution(
      RigConfig config,
      Function<String, Optional<RigProgram>> program,
      Supplier<List<RigProgram>> programs,
      ProcessCommand processes,
      Clock clock,
      String systemctl,
      Duration rebootDelay) {
    this.config = config;
    this.program = program;
    this.programs = programs;
    this.processes = processes;
    this.actions =
        new ProgramActions(processes, systemctl, config.timeout(), config.commandTimeout());
    this.clock = clock;
    this.rebootDelay = rebootDelay;
  }

  @Override
  public CommandResult run(SentryCommand command) {
    Outcome outcome = outcome(command);
    return new CommandResult(command.id(), outcome.status(), clock.instant(), outcome.detail());
  }

  private Outcome outcome(SentryCommand command) {
    CommandAction action = command.action();
    if (action.isPower()) {
      return new Outcome(
          Status.UNSUPPORTED,
          "a rig sentry switches no power: "
              + action.wire()
              + " goes through the relay that feeds the rig, on the ASIC sentry that watches that"
              + " relay");
    }
    if (action == CommandAction.SET_POOLS) {
      return new Outcome(
          Status.UNSUPPORTED,
          "a rig sentry does not change a miner program's pools: change them in the program's own"
              + " config");
    }
    String address = command.address();
    if (address.equals(config.name())) {
      return action == CommandAction.REBOOT ? reboot() : everyProgram(action);
    }
    if (address.startsWith(config.name() + "/gpu/")) {
      return new Outcome(
          Status.UNSUPPORTED,
          "a GPU takes no commands: "
              + action.wire()
              + " the program that mines on it ("
              + config.name()
              + "/NAME) or the rig ("
              + config.name()
              + ")");
    }
    Optional<RigProgram> found =
        address.startsWith(config.name() + "/") ? program.apply(address) : Optional.empty();
    if (found.isEmpty()) {
      return new Outcome(Status.FAILED, "this sentry watches no program at " + address);
    }
    if (action == CommandAction.REBOOT) {
      return new Outcome(
          Status.UNSUPPORTED,
          "reboot is for the whole rig: send it to "
              + config.name()
              + ", or restart the program instead");
    }
    return actions.run(found.get(), action);
  }

  /** The action on every program, one after the other; it succeeds when each one's does. */
  private Outcome everyProgram(CommandAction action) {
    List<RigProgram> all = programs.get();
    if (all.isEmpty()) {
      return new Outcome(
          Status.UNSUPPORTED,
          "no miner program is watched on " + config.name() + " to " + action.wire());
    }
    List<String> details = new ArrayList<>();
    int succeeded = 0;
    int unsupported = 0;
    for (RigProgram each : all) {
      Outcome outcome = actions.run(each, action);
      details.add(outcome.detail());
      succeeded += outcome.status() == Status.SUCCEEDED ? 1 : 0;
      unsupported += outcome.status() == Status.UNSUPPORTED ? 1 : 0;
    }
    Status status =
        succeeded == all.size()
            ? Status.SUCCEEDED
            : unsupported == all.size() ? Status.UNSUPPORTED : Status.FAILED;
    return new Outcome(
        status,
        action.wire()
            + " on "
            + succeeded
            + " of "
            + all.size()
            + " programs: "
            + String.join("; ", details));
  }

  /**
   * Answers at once and reboots a little later: the answer goes out with the next batch, which the
   * uplink sends at once, so that the commander learns the reboot was started before the machine
   * goes down. Whether the command then failed is only in the log.
   */
  private Outcome reboot() {
    String command = config.rebootCommand();
    if (command == null) {
      return new Outcome(
          Status.UNSUPPORTED,
          "no reboot-command in the rig's config: give reboot-command = systemctl reboot (or the"
              + " command that reboots this rig)");
    }
    REBOOTS.schedule(
        () -> {
          LOG.log(System.Logger.Level.WARNING, "rebooting the rig: {0}", command);
          ActionResult result = processes.shell(command, config.commandTimeout());
          if (!(result instanceof ActionResult.Done)) {
            LOG.log(
                System.Logger.Level.ERROR, "the reboot failed: {0}", Outcome.of(result).detail());
          }
        },
        rebootDelay.toMillis(),
        TimeUnit.MILLISECONDS);
    return new Outcome(
        Status.SUCCEEDED,
        "reboot started with `"
            + command
            + "` (in "
            + (rebootDelay.toMillis() % 1000 == 0
                ? rebootDelay.toSeconds() + " s"
                : rebootDelay.toMillis() + " ms")
            + ", after this result is sent)");
  }
}
