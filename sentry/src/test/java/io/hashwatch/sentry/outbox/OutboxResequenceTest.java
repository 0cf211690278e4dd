package io.hashwatch.sentry.outbox;

import static io.hashwatch.sentry.outbox.TestEntries.append;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.report.ReportEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxResequenceTest {
  @TempDir Path dir;

  @Test
  void pendingEntriesAreRenumberedAboveWhatTheCommanderHolds() throws IOException {
    List<ReportEntry> appended;
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      appended = append(outbox, 0, 3);

      outbox.resequenceAbove(100);

      List<ReportEntry> renumbered = outbox.peek(10);
      assertThat(renumbered).extracting(ReportEntry::seq).containsExactly(101L, 102L, 103L);
      assertThat(renumbered)
          .extracting(ReportEntry::address)
          .isEqualTo(appended.stream().map(ReportEntry::address).toList());
      assertThat(outbox.lastSequence()).isEqualTo(103);
      assertThat(append(outbox, 3, 1).get(0).seq()).isEqualTo(104);
    }
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.peek(10))
          .as("the renumbering is durable")
          .extracting(ReportEntry::seq)
          .containsExactly(101L, 102L, 103L, 104L);

      outbox.acknowledge(102);

      assertThat(outbox.peek(10)).extracting(ReportEntry::seq).containsExactly(103L, 104L);
      assertThat(outbox.peek(10).get(0).result()).isEqualTo(appended.get(2).result());
    }
  }

  @Test
  void withNothingPendingTheNextAppendFollowsWhatTheCommanderHolds() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      append(outbox, 0, 2);
      outbox.acknowledge(2);

      outbox.resequenceAbove(50);

      assertThat(outbox.lastSequence()).isEqualTo(50);
    }
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.lastSequence()).isEqualTo(50);
      assertThat(append(outbox, 2, 1).get(0).seq()).isEqualTo(51);
    }
  }

  @Test
  void entriesAlreadyAboveAreLeftAlone() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      append(outbox, 0, 3);
      outbox.acknowledge(1);

      outbox.resequenceAbove(1);
      outbox.resequenceAbove(0);

      assertThat(outbox.peek(10)).extracting(ReportEntry::seq).containsExactly(2L, 3L);
      assertThat(outbox.lastSequence()).isEqualTo(3);
      assertThatThrownBy(() -> outbox.resequenceAbove(-1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aSecondRenumberingShiftsAgainAndKeepsTheOrder() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      append(outbox, 0, 2);
      outbox.resequenceAbove(10);
      append(outbox, 2, 1);
      outbox.acknowledge(11);

      outbox.resequenceAbove(20);

      assertThat(outbox.peek(10)).extracting(ReportEntry::seq).containsExactly(21L, 22L);
      assertThat(append(outbox, 3, 1).get(0).seq()).isEqualTo(23);
    }
  }
}
