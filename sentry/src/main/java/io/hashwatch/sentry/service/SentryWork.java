package io.hashwatch.sentry.service;

import io.hashwatch.sentry.commands.CommandExecutor;
import io.hashwatch.sentry.sweep.SweepLoop;
import java.time.Duration;

/**
 * What one kind of sentry does around the shared outbox, uplink and command runner: its sweep, how
 * it carries out commands and, where it has one, its search for new devices.
 */
public interface SentryWork extends AutoCloseable {

  /** One sweep: every device polled once and its result appended to the outbox. */
  SweepLoop.Task sweep();

  CommandExecutor commands();

  /** The search for new devices, or {@code null} when this sentry searches none. */
  Runnable discovery();

  /** How often {@link #discovery()} runs. */
  Duration discoverEvery();

  /** How long a sweep in progress may take to finish when the sentry stops. */
  Duration sweepPatience();

  /** Releases what the sweep holds; called once the sweep loop has ended. */
  @Override
  void close();
}
