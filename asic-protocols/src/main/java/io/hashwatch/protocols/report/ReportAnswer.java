package io.hashwatch.protocols.report;

import java.util.List;

/**
 * The commander's answer to a batch: the last sequence number it holds for the sentry (the sentry
 * may forget everything up to it) and the commands waiting for the sentry.
 */
public record ReportAnswer(long lastSequence, List<SentryCommand> commands) {
  public static final int MAX_COMMANDS = 1000;

  public ReportAnswer {
    if (lastSequence < 0) {
      throw new IllegalArgumentException("lastSequence must be >= 0");
    }
    commands = List.copyOf(commands);
  }
}
