package io.hashwatch.sentry.cli;

import io.hashwatch.sentry.config.ConfigException;
import io.hashwatch.sentry.service.SentryService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a sentry in the foreground until the process is told to stop (SIGTERM, Ctrl-C), as systemd
 * runs it: the stop is graceful and its last words go to standard error.
 */
final class Foreground {

  /** Reads a sentry's settings from its config file and flags. */
  @FunctionalInterface
  interface Settings<C> {
    C read() throws ConfigException;
  }

  /** Starts a sentry with its settings; its outbox is opened first. */
  @FunctionalInterface
  interface Start<C> {
    SentryService start(C settings) throws IOException;
  }

  private Foreground() {}

  /**
   * Exit code 0 once stopped, 1 when the sentry cannot open its outbox, 2 for a wrong setting (the
   * message names its line or flag).
   */
  static <C> int run(
      CommandSpec spec,
      String command,
      Settings<C> settings,
      Function<C, Path> outbox,
      Start<C> start)
      throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    C read;
    try {
      read = settings.read();
    } catch (ConfigException e) {
      err.println("sentry " + command + ": " + e.getMessage());
      return 2;
    }
    SentryService sentry;
    try {
      sentry = start.start(read);
    } catch (IOException e) {
      err.println(
          "sentry " + command + ": cannot open the outbox " + outbox.apply(read) + ": " + e);
      return 1;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  err.println("sentry " + command + ": " + sentry.stop());
                  err.flush();
                },
                "sentry-stop"));
    sentry.awaitClosed();
    return 0;
  }
}
