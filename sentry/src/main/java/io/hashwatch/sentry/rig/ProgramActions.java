package io.hashwatch.sentry.rig;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult.Status;
import io.hashwatch.sentry.config.ProgramConfig;
import java.time.Duration;
import java.util.List;

/**
 * Restarts, stops and starts one miner program: through its API where it can pause and resume
 * mining, else through the commands of its config section, else through its systemd unit.
 */
final class ProgramActions {
  private final ProcessCommand processes;
  private final String systemctl;
  private final Duration apiTimeout;
  private final Duration commandTimeout;

  /**
   * @param systemctl the {@code systemctl} to run for a program's unit
   * @param apiTimeout how long a call to a program's API may take
   * @param commandTimeout how long a command may run
   */
  ProgramActions(
      ProcessCommand processes, String systemctl, Duration apiTimeout, Duration commandTimeout) {
    this.processes = processes;
    this.systemctl = systemctl;
    this.apiTimeout = apiTimeout;
    this.commandTimeout = commandTimeout;
  }

  /**
   * {@code restart}, {@code sleep} or {@code wake}, its detail starting with the program's name.
   */
  Outcome run(RigProgram program, CommandAction action) {
    Outcome outcome;
    try {
      outcome =
          switch (action) {
            case RESTART -> restart(program.config());
            case SLEEP -> sleepOrWake(program, false);
            case WAKE -> sleepOrWake(program, true);
            default -> throw new IllegalArgumentException("not a program action: " + action);
          };
    } catch (RuntimeException e) {
      // Adapters report what programs do as results; this is a fault of the sentry or an adapter.
      outcome = new Outcome(Status.FAILED, "the sentry failed to carry out the command: " + e);
    }
    return outcome.after(program.name() + ": ");
  }

  private Outcome restart(ProgramConfig program) {
    if (program.restartCommand() != null) {
      return Outcome.of(processes.shell(program.restartCommand(), commandTimeout));
    }
    if (program.unit() != null) {
      return unit("restart", program);
    }
    return new Outcome(
        Status.UNSUPPORTED,
        "cannot restart it: give restart-command = ... or unit = ... in [program "
            + program.name()
            + "]");
  }

  private Outcome sleepOrWake(RigProgram program, boolean wake) {
    ProgramConfig config = program.config();
    ActionResult api =
        wake
            ? program.adapter().startMining(config.endpoint(), apiTimeout)
            : program.adapter().stopMining(config.endpoint(), apiTimeout);
    if (!(api instanceof ActionResult.Unsupported unsupported)) {
      // The API answered: a failure is the result, not a reason to stop the whole program.
      return Outcome.of(api).after("through its API: ");
    }
    String command = wake ? config.startCommand() : config.stopCommand();
    if (command != null) {
      return Outcome.of(processes.shell(command, commandTimeout));
    }
    if (config.unit() != null) {
      return unit(wake ? "start" : "stop", config);
    }
    return new Outcome(
        Status.UNSUPPORTED,
        unsupported.reason()
            + "; give "
            + (wake ? "start-command" : "stop-command")
            + " = ... or unit = ... in [program "
            + config.name()
            + "]");
  }

  private Outcome unit(String verb, ProgramConfig program) {
    return Outcome.of(processes.exec(List.of(systemctl, verb, program.unit()), commandTimeout));
  }
}
