package io.hashwatch.sentry.sweep;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What one sweep did.
 *
 * @param started when it started
 * @param took how long it took, from the first poll to the outbox's sync
 * @param ok devices whose poll gave a reading
 * @param failed devices whose poll gave anything else (unreachable, rejected, no data)
 * @param unwritten results the outbox could not store (disk trouble); they are lost
 * @param backlog entries waiting in the outbox after the sweep
 */
public record SweepSummary(
    Instant started, Duration took, int ok, int failed, int unwritten, long backlog) {

  public int devices() {
    return ok + failed;
  }

  /** The summary in one log line. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "sweep: %d devices in %.2f s: %d ok, %d failed%s; backlog %d entries",
        devices(),
        took.toMillis() / 1000.0,
        ok,
        failed,
        unwritten == 0 ? "" : ", " + unwritten + " NOT WRITTEN to the outbox",
        backlog);
  }
}
