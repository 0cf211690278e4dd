package io.hashwatch.sentry.uplink;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.sentry.outbox.Outbox;
import java.io.IOException;
import java.time.Instant;

/** Puts readings into an outbox as a sweep would. */
final class OutboxFill {
  static final Instant T0 = Instant.parse("2026-11-29T18:00:00Z");

  private OutboxFill() {}

  /** Appends {@code count} readings, the n-th with {@code accepted} n, for miners in turn. */
  static void append(Outbox outbox, int from, int count) throws IOException {
    for (int n = from; n < from + count; n++) {
      outbox.append(
          T0.plusSeconds(n),
          "10.0." + (n % 200) + ".5:4028",
          DeviceKind.ASIC,
          Reading.builder().hashrateHs(1e14).accepted((long) n).build());
    }
  }
}
