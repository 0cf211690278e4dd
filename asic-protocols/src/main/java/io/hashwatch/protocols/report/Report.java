package io.hashwatch.protocols.report;

import java.util.List;

/**
 * One batch from a sentry: its entries in sequence order, how many entries its outbox dropped in
 * all (0 when none), how the sentry itself is doing ({@code null} when it does not say) and the
 * results of commands it has carried out since its last accepted batch.
 */
public record Report(
    List<ReportEntry> entries,
    long dropped,
    SentryHealth health,
    List<CommandResult> commandResults) {
  public static final int MAX_ENTRIES = 5000;
  public static final int MAX_COMMAND_RESULTS = 1000;

  public Report {
    entries = List.copyOf(entries);
    commandResults = List.copyOf(commandResults);
    if (entries.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("a batch holds at most " + MAX_ENTRIES + " entries");
    }
    if (commandResults.size() > MAX_COMMAND_RESULTS) {
      throw new IllegalArgumentException(
          "a batch holds at most " + MAX_COMMAND_RESULTS + " command results");
    }
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).seq() <= entries.get(i - 1).seq()) {
        throw new IllegalArgumentException("entries must be in strictly increasing seq order");
      }
    }
    if (dropped < 0) {
      throw new IllegalArgumentException("dropped must be >= 0");
    }
  }

  /** A batch of entries alone, without health or command results. */
  public Report(List<ReportEntry> entries, long dropped) {
    this(entries, dropped, null, List.of());
  }

  /** The highest sequence number in this batch, or 0 when it is empty. */
  public long lastSequence() {
    return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
  }
}
