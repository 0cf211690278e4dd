package io.hashwatch.sentry.commands;

import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.SentryCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the commands the commander hands over, each at most once in this sentry's life, at most
 * {@code concurrency} at once, and queues their results for the uplink. It takes a command only
 * when there is room for its result ({@link Report#MAX_COMMAND_RESULTS} running or waiting); a
 * command left out is simply sent again by the commander with a later answer.
 */
public final class CommandRunner implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(CommandRunner.class.getName());

  /** Far more ids than commands arrive between a result's delivery and the commander's record. */
  private static final int REMEMBERED_IDS = 10_000;

  private final CommandExecutor executor;
  private final CommandJournal journal;
  private final CommandResults results;
  private final RecentIds started = new RecentIds(REMEMBERED_IDS);
  private final ThreadPoolExecutor workers;
  private final Clock clock;
  private int running;

  /**
   * @param executor what carries out each command
   * @param journal where the ids of started commands are kept across restarts (a file beside the
   *     outbox)
   * @throws IOException when the journal cannot be opened
   */
  public CommandRunner(
      CommandExecutor executor, CommandResults results, int concurrency, Clock clock, Path journal)
      throws IOException {
    this.clock = clock;
    this.journal = CommandJournal.open(journal);
    this.executor = executor;
    this.results = results;
    AtomicInteger count = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            concurrency,
            concurrency,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "command-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    workers.allowCoreThreadTimeOut(true);
  }

  /** Starts each command not started before; returns at once. */
  public synchronized void accept(List<SentryCommand> commands) {
    for (SentryCommand command : commands) {
      if (started.contains(command.id())) {
        continue;
      }
      if (running + results.size() >= Report.MAX_COMMAND_RESULTS) {
        LOG.log(
            System.Logger.Level.WARNING,
            "{0} command results wait for the commander: new commands wait for its next answer",
            running + results.size());
        return;
      }
      started.add(command.id());
      if (journal.startedBefore(command.id())) {
        results.add(
            new CommandResult(
                command.id(),
                CommandResult.Status.FAILED,
                clock.instant(),
                "the sentry restarted while this command ran and its result was lost; not run"
                    + " again, so as not to repeat it: check the device"));
        continue;
      }
      try {
        journal.record(command.id());
      } catch (IOException e) {
        results.add(
            new CommandResult(
                command.id(),
                CommandResult.Status.FAILED,
                clock.instant(),
                "not run: the sentry cannot record it before running it (" + e.getMessage() + ")"));
        continue;
      }
      running++;
      LOG.log(
          System.Logger.Level.INFO,
          "command {0}: {1} {2}",
          String.valueOf(command.id()),
          command.action().wire(),
          command.address());
      workers.execute(() -> finish(carryOut(command)));
    }
  }

  private CommandResult carryOut(SentryCommand command) {
    try {
      return executor.run(command);
    } catch (RuntimeException e) {
      // An executor reports what devices do as results; this is a fault of the sentry. Without a
      // result the command would hold its place until the sentry restarts.
      return new CommandResult(
          command.id(),
          CommandResult.Status.FAILED,
          clock.instant(),
          "the sentry failed to carry out the command: " + e);
    }
  }

  private void finish(CommandResult result) {
    LOG.log(
        System.Logger.Level.INFO,
        "command {0} {1}: {2}",
        String.valueOf(result.id()),
        result.status().wire(),
        result.detail());
    synchronized (this) {
      running--;
      results.add(result);
    }
  }

  /** Stops at once: commands in progress are abandoned, and the commander sends them again. */
  @Override
  public void close() {
    workers.shutdownNow();
    try {
      journal.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "the command journal did not close cleanly", e);
    }
  }
}
