package io.hashwatch.commander.telemetry;

import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** Report entries of two devices of one sentry, as the telemetry storage tests send them. */
final class Polls {
  static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
  static final String S19 = "10.0.0.11:4028";
  static final String GPU = "rig-1/gpu0";

  private Polls() {}

  static Reading s19(double hashrateHs) {
    return Reading.builder()
        .make("Bitmain")
        .model("Antminer S19")
        .hashrateHs(hashrateHs)
        .powerW(3250.0)
        .boards(List.of(new Board(0, hashrateHs, 60.0, 71.5, 76, 76)))
        .fansRpm(List.of(4200, 4300))
        .accepted(10L)
        .build();
  }

  static ReportEntry asic(long seq, Instant time, PollResult result) {
    return new ReportEntry(seq, time, S19, DeviceKind.ASIC, result);
  }

  static ReportEntry gpu(long seq, Instant time, double hashrateHs) {
    Reading reading =
        Reading.builder().make("NVIDIA").model("RTX 3070").hashrateHs(hashrateHs).build();
    return new ReportEntry(seq, time, GPU, DeviceKind.GPU, reading);
  }

  static Report batch(ReportEntry... entries) {
    return new Report(List.of(entries), 0);
  }

  /** A stored {@code data} column read back as the result it holds. */
  static PollResult parse(String data) {
    try (var reader = Json.createReader(new StringReader(data))) {
      return ReadingJson.fromJson(FieldReader.root(reader.readObject()));
    }
  }
}
