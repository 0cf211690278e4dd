package io.hashwatch.sentry.cli;

import io.hashwatch.sentry.service.SentryService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a sentry in the foreground until the process is told to stop (SIGTERM, Ctrl-C), as systemd
 * runs it: the stop is graceful and its last words go to standard error.
 */
final class Foreground {

  /** Starts a sentry; its outbox is opened first. */
  @FunctionalInterface
  interface Start {
    SentryService start() throws IOException;
  }

  private Foreground() {}

  /** Exit code 0 once stopped, 1 when the sentry cannot open its outbox. */
  static int run(CommandSpec spec, String command, Path outbox, Start start)
      throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    SentryService sentry;
    try {
      sentry = start.start();
    } catch (IOException e) {
      err.println("sentry " + command + ": cannot open the outbox " + outbox + ": " + e);
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
