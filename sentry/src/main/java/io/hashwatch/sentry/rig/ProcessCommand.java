package io.hashwatch.sentry.rig;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.sentry.config.AsicConfigReader;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the commands that restart, stop, start or reboot what runs on a rig, each within a timeout,
 * and says how it went with the last kilobyte of its output (stdout and stderr together).
 *
 * <p>A configured command runs as {@code /bin/sh -c COMMAND}, with the sentry's user and rights.
 * That is safe only because the command comes from the rig's own config file, which its admin keeps
 * owned and writable by root alone: nothing the commander sends becomes part of a command.
 *
 * <p>The sentry's own secrets are withheld from a command's environment: a start command passes its
 * environment on to the miner it starts, often a closed-source program.
 *
 * <p>A command that runs past its timeout is killed with every process it started. One that leaves
 * a program running in the background with its output still going to the sentry is not waited for
 * beyond a moment; that output is read and dropped for as long as the program writes it (the
 * program would block on a full pipe otherwise), so such commands should send it elsewhere.
 */
public final class ProcessCommand {
  private static final System.Logger LOG = System.getLogger(ProcessCommand.class.getName());

  /** The output kept for a result's detail; results carry at most 2,000 characters. */
  static final int KEPT_OUTPUT = 1024;

  /** How long the output of a finished command may take to arrive. */
  private static final Duration OUTPUT_GRACE = Duration.ofMillis(500);

  /** How a command is shown in a result: as configured, clipped. */
  private static final int SHOWN_COMMAND = 200;

  private final Set<String> withheld;

  /**
   * Withholds {@value AsicConfigReader#TOKEN_VARIABLE}, where the unit gives the sentry's token.
   */
  public ProcessCommand() {
    this(Set.of(AsicConfigReader.TOKEN_VARIABLE));
  }

  /**
   * @param withheld the environment variables the commands do not get
   */
  public ProcessCommand(Set<String> withheld) {
    this.withheld = Set.copyOf(withheld);
  }

  /** Runs {@code command} through {@code /bin/sh -c}; see the class comment. */
  public ActionResult shell(String command, Duration timeout) {
    return run(List.of("/bin/sh", "-c", command), command, timeout);
  }

  /** Runs {@code argv} (a program and its arguments) directly, without a shell. */
  public ActionResult exec(List<String> argv, Duration timeout) {
    return run(argv, String.join(" ", argv), timeout);
  }

  private ActionResult run(List<String> argv, String command, Duration timeout) {
    String shown =
        "`"
            + (command.length() <= SHOWN_COMMAND
                ? command
                : command.substring(0, SHOWN_COMMAND) + "...")
            + "`";
    Process process;
    try {
      ProcessBuilder builder =
          new ProcessBuilder(argv)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      builder.environment().keySet().removeAll(withheld);
      process = builder.start();
    } catch (IOException | RuntimeException e) {
      return new ActionResult.Failed(shown + " could not start: " + e.getMessage());
    }
    OutputTail output = new OutputTail(KEPT_OUTPUT);
    Thread reader = new Thread(() -> output.drain(process.getInputStream()), "command-output");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        destroyTree(process);
        reader.join(OUTPUT_GRACE.toMillis());
        return new ActionResult.Failed(
            shown
                + " did not finish within "
                + seconds(timeout)
                + ": stopped it and every process it started"
                + tail(output));
      }
      reader.join(OUTPUT_GRACE.toMillis());
    } catch (InterruptedException e) {
      destroyTree(process);
      Thread.currentThread().interrupt();
      return new ActionResult.Failed(shown + " was stopped: the sentry is stopping");
    }
    int code = process.exitValue();
    return code == 0
        ? new ActionResult.Done(shown + " succeeded" + tail(output))
        : new ActionResult.Failed(shown + " failed with exit code " + code + tail(output));
  }

  /** Kills the command and its descendants, found before it dies and they lose their parent. */
  private static void destroyTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        LOG.log(
            System.Logger.Level.WARNING, "a killed command (pid {0}) has not ended", process.pid());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(OutputTail output) {
    String text = output.text();
    return text.isEmpty() ? "" : ": " + text;
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }
}
