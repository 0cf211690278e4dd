package io.hashwatch.sentry.outbox;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.ReportEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Poll results and helpers shared by the outbox tests. */
final class TestEntries {
  static final Instant T0 = Instant.parse("2026-11-29T18:00:00Z");

  private TestEntries() {}

  /** A result that differs with {@code i}: readings and failures alternate. */
  static PollResult result(int i) {
    if (i % 2 == 0) {
      return Unreachable.because("connect timed out after 3 s (poll " + i + ")");
    }
    return Reading.builder()
        .make("Bitmain")
        .model("Antminer S19")
        .hashrateHs(9.5e13 + i)
        .powerW(3250.5)
        .fansRpm(List.of(5880, 5760 + i))
        .build();
  }

  static String address(int i) {
    return "10.0.0." + (i % 250 + 1) + ":4028";
  }

  /** Appends results {@code from} to {@code from + count - 1}, a second apart from {@link #T0}. */
  static List<ReportEntry> append(Outbox outbox, int from, int count) throws IOException {
    List<ReportEntry> entries = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      entries.add(outbox.append(T0.plusSeconds(i), address(i), DeviceKind.ASIC, result(i)));
    }
    return entries;
  }

  static List<Path> segments(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.toString().endsWith(".seg")).sorted().toList();
    }
  }

  static Path newestSegment(Path dir) throws IOException {
    List<Path> segments = segments(dir);
    return segments.get(segments.size() - 1);
  }

  /** The settings with the smallest bound: 4 KiB segments, 64 KiB in all. */
  static OutboxSettings small() {
    return OutboxSettings.defaults().withMaxBytes(OutboxSettings.MIN_BYTES);
  }

  /** A clock the test moves by hand: the age bound without waiting. */
  static final class HandClock extends Clock {
    private Instant now;

    HandClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
