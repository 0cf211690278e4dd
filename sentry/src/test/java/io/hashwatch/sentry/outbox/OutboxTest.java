package io.hashwatch.sentry.outbox;

import static io.hashwatch.sentry.outbox.TestEntries.T0;
import static io.hashwatch.sentry.outbox.TestEntries.append;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.ReportEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
  @TempDir Path dir;

  @Test
  void appendsPeeksAndAcknowledgesInOrder() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      List<ReportEntry> appended = append(outbox, 0, 5);

      assertThat(appended).extracting(ReportEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(appended.get(1).address()).isEqualTo(TestEntries.address(1));
      assertThat(outbox.peek(3)).isEqualTo(appended.subList(0, 3));
      assertThat(outbox.peek(100)).as("peek removes nothing").isEqualTo(appended);
      assertThat(outbox.backlog()).isEqualTo(5);

      outbox.acknowledge(2);

      assertThat(outbox.peek(100)).isEqualTo(appended.subList(2, 5));
      assertThat(outbox.backlog()).isEqualTo(3);
      assertThat(outbox.lastSequence()).isEqualTo(5);

      outbox.acknowledge(1);
      assertThat(outbox.backlog()).as("an older mark changes nothing").isEqualTo(3);

      outbox.acknowledge(5);
      assertThat(outbox.peek(100)).isEmpty();
      assertThat(outbox.backlog()).isZero();
      assertThat(outbox.pendingBytes()).isZero();
    }
  }

  @Test
  void readsWhatWasPeekedBeforeAnAppendAndAfterIt() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      List<ReportEntry> first = append(outbox, 0, 3);
      assertThat(outbox.peek(2)).isEqualTo(first.subList(0, 2));
      List<ReportEntry> second = append(outbox, 3, 2);
      outbox.acknowledge(1);

      assertThat(outbox.peek(10))
          .containsExactly(first.get(1), first.get(2), second.get(0), second.get(1));
    }
  }

  @Test
  void countsPendingBytesOfTheRecords() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      append(outbox, 0, 4);
      outbox.sync();
      long all = outbox.pendingBytes();
      assertThat(all).isEqualTo(Files.size(TestEntries.newestSegment(dir)));

      outbox.acknowledge(2);

      assertThat(outbox.pendingBytes()).isPositive().isLessThan(all);
    }
  }

  @Test
  void reopenKeepsEverythingAndTheSeqContinues() throws IOException {
    List<ReportEntry> appended;
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      appended = append(outbox, 0, 4);
      outbox.acknowledge(1);
    }
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.peek(100)).isEqualTo(appended.subList(1, 4));
      assertThat(outbox.backlog()).isEqualTo(3);
      assertThat(outbox.lastSequence()).isEqualTo(4);

      ReportEntry next = append(outbox, 4, 1).get(0);

      assertThat(next.seq()).isEqualTo(5);
      assertThat(outbox.peek(100)).extracting(ReportEntry::seq).containsExactly(2L, 3L, 4L, 5L);
    }
  }

  @Test
  void lastSequenceSurvivesWhenEverythingIsAcknowledged() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      append(outbox, 0, 7);
      outbox.acknowledge(7);
    }
    assertThat(TestEntries.segments(dir)).as("acknowledged segments are deleted").isEmpty();
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.lastSequence()).isEqualTo(7);
      assertThat(outbox.backlog()).isZero();
      assertThat(append(outbox, 7, 1).get(0).seq()).isEqualTo(8);
    }
  }

  @Test
  void anAcknowledgementAboveTheLastSeqRenumbersInsteadOfForgetting() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      List<ReportEntry> appended = append(outbox, 0, 3);

      outbox.acknowledge(50);

      assertThat(outbox.peek(10)).extracting(ReportEntry::seq).containsExactly(51L, 52L, 53L);
      assertThat(outbox.peek(10).get(2).result()).isEqualTo(appended.get(2).result());
      assertThat(outbox.lastSequence()).isEqualTo(53);
    }
  }

  @Test
  void peekTakesABoundedCount() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThatThrownBy(() -> outbox.peek(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> outbox.peek(5001))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1 to 5000");
    }
  }

  @Test
  void refusesAnEntryOverTheLimitAndKeepsNothingOfIt() throws IOException {
    List<String> errors = Collections.nCopies(8, "x".repeat(1000));
    try (Outbox outbox = Outbox.open(dir, TestEntries.small())) {
      append(outbox, 0, 1);

      assertThatThrownBy(
              () -> outbox.append(T0, "10.0.0.9:4028", DeviceKind.ASIC, new Unreachable(errors)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most 4096 bytes")
          .hasMessageContaining("10.0.0.9:4028");
      assertThat(outbox.backlog()).isEqualTo(1);
      assertThat(append(outbox, 1, 1).get(0).seq()).isEqualTo(2);
    }
  }

  @Test
  void refusesAnInvalidEntry() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThatThrownBy(() -> outbox.append(T0, " ", DeviceKind.ASIC, TestEntries.result(0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("address");
      assertThat(outbox.lastSequence()).isZero();
    }
  }

  @Test
  void aLongErrorTextIsStoredClippedSoTheCommanderTakesIt() throws IOException {
    Unreachable tooLong = Unreachable.because("x".repeat(2000));
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      outbox.append(T0, "10.0.0.9:4028", DeviceKind.ASIC, tooLong);

      String stored = outbox.peek(1).get(0).result().errors().get(0);
      assertThat(stored).hasSize(Limits.MAX_ERROR_TEXT).endsWith("...");
    }
  }

  @Test
  void aSecondOpenOfTheSameDirectoryIsRefused() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      append(outbox, 0, 1);

      assertThatThrownBy(() -> Outbox.open(dir, OutboxSettings.defaults()))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("one sentry per outbox directory");
      assertThat(outbox.peek(10)).hasSize(1);
    }
    try (Outbox again = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(again.backlog()).as("closing releases the lock").isEqualTo(1);
    }
  }

  @Test
  void aClosedOutboxRefusesWork() throws IOException {
    Outbox outbox = Outbox.open(dir, OutboxSettings.defaults());
    outbox.close();
    outbox.close();

    assertThatThrownBy(() -> append(outbox, 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void settingsAreCheckedAndDeriveTheSegmentSize() {
    OutboxSettings defaults = OutboxSettings.defaults();
    assertThat(defaults.maxBytes()).isEqualTo(512L * 1024 * 1024);
    assertThat(defaults.maxAge()).isEqualTo(Duration.ofDays(7));
    assertThat(defaults.fsync()).isEqualTo(OutboxSettings.Fsync.BATCH);
    assertThat(defaults.segmentBytes()).isEqualTo(8 * 1024 * 1024);
    assertThat(defaults.maxEntryBytes()).isEqualTo(1024 * 1024);
    assertThat(TestEntries.small().segmentBytes()).isEqualTo(4096);
    assertThat(defaults.withMaxBytes(64L * 1024 * 1024).segmentBytes()).isEqualTo(4 * 1024 * 1024);

    assertThatThrownBy(() -> defaults.withMaxBytes(1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65536");
    assertThatThrownBy(() -> defaults.withMaxAge(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
