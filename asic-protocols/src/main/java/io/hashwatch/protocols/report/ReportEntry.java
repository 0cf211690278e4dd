package io.hashwatch.protocols.report;

import io.hashwatch.protocols.reading.PollResult;
import java.time.Instant;
import java.util.Objects;

/**
 * One poll result of one device as a sentry recorded it.
 *
 * @param seq the sentry's own sequence number, > 0 and strictly increasing over its lifetime
 * @param time when the poll was made
 * @param address how the sentry reaches the device ({@code host:port}, or a rig-local name)
 */
public record ReportEntry(
    long seq, Instant time, String address, DeviceKind kind, PollResult result) {
  public static final int MAX_ADDRESS = 255;

  public ReportEntry {
    if (seq <= 0) {
      throw new IllegalArgumentException("seq must be > 0, was " + seq);
    }
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(result, "result");
    if (address.isBlank() || address.length() > MAX_ADDRESS) {
      throw new IllegalArgumentException("address must be 1 to " + MAX_ADDRESS + " characters");
    }
  }
}
