package io.hashwatch.sentry.cli;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.ReportEntry;
import java.time.Instant;
import java.util.Objects;

/** A poll result waiting for its sequence number, which only the send can give it. */
record UnsentReading(Instant time, String address, DeviceKind kind, PollResult result) {

  UnsentReading {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(result, "result");
  }

  ReportEntry numbered(long seq) {
    return new ReportEntry(seq, time, address, kind, result);
  }
}
