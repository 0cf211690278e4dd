package io.hashwatch.sentry.outbox;

import static io.hashwatch.sentry.outbox.TestEntries.T0;
import static io.hashwatch.sentry.outbox.TestEntries.append;
import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.sentry.outbox.TestEntries.HandClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxBoundsTest {
  private static final int COUNT = 600;

  @TempDir Path dir;

  private long diskBytes() throws IOException {
    long bytes = 0;
    for (Path segment : TestEntries.segments(dir)) {
      bytes += Files.size(segment);
    }
    return bytes;
  }

  @Test
  void aFullOutboxDropsTheOldestEntriesAndCountsThem() throws IOException {
    OutboxSettings settings = TestEntries.small();
    List<ReportEntry> appended = new ArrayList<>();
    try (LogCapture log = new LogCapture();
        Outbox outbox = Outbox.open(dir, settings)) {
      for (int i = 0; i < COUNT; i++) {
        appended.addAll(append(outbox, i, 1));
        assertThat(diskBytes()).isLessThanOrEqualTo(settings.maxBytes());
      }

      long dropped = outbox.dropped();
      assertThat(dropped).isPositive();
      assertThat(dropped + outbox.backlog()).isEqualTo(COUNT);
      assertThat(outbox.peek(5000)).isEqualTo(appended.subList((int) dropped, COUNT));
      assertThat(log.messages())
          .anySatisfy(
              message ->
                  assertThat(message)
                      .contains("is full (65536 bytes): dropped its oldest")
                      .contains("entries, seq 1 to "));
    }
    try (Outbox outbox = Outbox.open(dir, settings)) {
      assertThat(outbox.dropped() + outbox.backlog()).as("the count is kept").isEqualTo(COUNT);
      assertThat(outbox.dropped()).isPositive();
    }
  }

  @Test
  void droppingCountsOnlyEntriesNotYetAcknowledged() throws IOException {
    try (Outbox outbox = Outbox.open(dir, TestEntries.small())) {
      append(outbox, 0, 10);
      outbox.acknowledge(4);
      append(outbox, 10, COUNT - 10);

      assertThat(outbox.dropped() + outbox.backlog()).isEqualTo(COUNT - 4);
    }
  }

  @Test
  void aSmallerBoundAtOpenDropsTheOldestAtOnce() throws IOException {
    OutboxSettings large = TestEntries.small().withMaxBytes(1024 * 1024);
    try (Outbox outbox = Outbox.open(dir, large)) {
      append(outbox, 0, COUNT);
      assertThat(outbox.dropped()).isZero();
    }
    try (Outbox outbox = Outbox.open(dir, TestEntries.small())) {
      assertThat(diskBytes()).isLessThanOrEqualTo(OutboxSettings.MIN_BYTES);
      assertThat(outbox.dropped()).isPositive();
      assertThat(outbox.dropped() + outbox.backlog()).isEqualTo(COUNT);
    }
  }

  @Test
  void entriesOlderThanTheMaxAgeAreDroppedASegmentAtATime() throws IOException {
    HandClock clock = new HandClock(T0);
    OutboxSettings settings = TestEntries.small().withMaxAge(Duration.ofHours(1));
    List<ReportEntry> appended = new ArrayList<>();
    try (Outbox outbox = Outbox.open(dir, settings, clock)) {
      for (int i = 0; i < 200; i++) {
        appended.add(
            outbox.append(
                clock.instant(), TestEntries.address(i), DeviceKind.ASIC, TestEntries.result(i)));
        clock.advance(Duration.ofMinutes(1));
      }

      int dropped = (int) outbox.dropped();
      Instant cutoff = clock.instant().minus(Duration.ofHours(1));
      assertThat(dropped).isPositive();
      assertThat(appended.get(dropped - 1).time()).isBefore(cutoff);
      assertThat(outbox.peek(5000))
          .isEqualTo(appended.subList(dropped, 200))
          .as("every entry younger than the bound is kept")
          .containsAll(appended.stream().filter(entry -> !entry.time().isBefore(cutoff)).toList());

      clock.advance(Duration.ofMinutes(30));
      long before = outbox.dropped();
      outbox.sync();
      assertThat(outbox.dropped()).as("sync applies the age bound too").isGreaterThan(before);
    }
    clock.advance(Duration.ofHours(2));
    try (Outbox outbox = Outbox.open(dir, settings, clock)) {
      assertThat(outbox.backlog()).as("open applies it").isZero();
      assertThat(outbox.dropped()).isEqualTo(200);
      assertThat(TestEntries.segments(dir)).isEmpty();
    }
  }

  @Test
  void acknowledgingDeletesWholeSegments() throws IOException {
    try (Outbox outbox = Outbox.open(dir, TestEntries.small())) {
      List<ReportEntry> appended = append(outbox, 0, 100);
      List<Path> segments = TestEntries.segments(dir);
      assertThat(segments).hasSizeGreaterThan(3);
      long thirdStarts = OutboxSegment.firstSeqOf(segments.get(2));

      outbox.acknowledge(thirdStarts);

      assertThat(TestEntries.segments(dir)).isEqualTo(segments.subList(2, segments.size()));
      assertThat(outbox.peek(5000)).isEqualTo(appended.subList((int) thirdStarts, 100));
      assertThat(outbox.pendingBytes()).isLessThan(diskBytes());

      outbox.acknowledge(100);

      assertThat(TestEntries.segments(dir)).isEmpty();
      assertThat(outbox.pendingBytes()).isZero();
      assertThat(append(outbox, 100, 1).get(0).seq()).isEqualTo(101);
    }
  }
}
