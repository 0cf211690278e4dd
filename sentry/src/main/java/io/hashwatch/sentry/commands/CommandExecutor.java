package io.hashwatch.sentry.commands;

import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.SentryCommand;

/**
 * Carries out one command for a {@link CommandRunner}: the ASIC sentry's through drivers and
 * relays, the rig sentry's through miner programs and shell commands.
 */
public interface CommandExecutor {

  /**
   * Carries out {@code command} and says what came of it in words; what a device or a program does
   * is a result, never an exception.
   */
  CommandResult run(SentryCommand command);
}
