package io.hashwatch.protocols.report;

import java.util.List;

/**
 * One batch from a sentry: its entries in sequence order, and how many entries its outbox dropped
 * in all (0 when none).
 */
public record Report(List<ReportEntry> entries, long dropped) {
  public static final int MAX_ENTRIES = 5000;

  public Report {
    entries = List.copyOf(entries);
    if (entries.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("a batch holds at most " + MAX_ENTRIES + " entries");
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

  /** The highest sequence number in this batch, or 0 when it is empty. */
  public long lastSequence() {
    return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
  }
}
