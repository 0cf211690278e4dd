package io.hashwatch.sentry.outbox;

import static io.hashwatch.sentry.outbox.TestEntries.append;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.sentry.outbox.OutboxSettings.Fsync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A full disk for real: the next segment is a link to /dev/full, where every write fails with
 * ENOSPC (Linux).
 */
class OutboxDiskFullTest {
  private static final Path FULL = Path.of("/dev/full");

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Fsync.class)
  void aFailedAppendKeepsTheOutboxWholeAndTheNextOneWorks(Fsync fsync) throws IOException {
    assumeTrue(Files.isWritable(FULL), "needs /dev/full");
    OutboxSettings settings = OutboxSettings.defaults().withFsync(fsync);
    List<ReportEntry> kept = new ArrayList<>();
    try (Outbox outbox = Outbox.open(dir, settings)) {
      kept.addAll(append(outbox, 0, 3));
    }
    Path next = dir.resolve("00000000000000000004.seg");
    Files.createSymbolicLink(next, FULL);

    try (Outbox outbox = Outbox.open(dir, settings)) {
      assertThatThrownBy(() -> append(outbox, 3, 1))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("could not store the entry for " + TestEntries.address(3))
          .hasMessageContaining("No space left on device");
      assertThat(outbox.backlog()).isEqualTo(3);
      assertThat(outbox.lastSequence()).isEqualTo(3);
      assertThat(outbox.peek(10)).isEqualTo(kept);

      Files.delete(next);
      kept.addAll(append(outbox, 3, 2));
      outbox.sync();
    }
    try (Outbox outbox = Outbox.open(dir, settings)) {
      assertThat(outbox.peek(10)).isEqualTo(kept);
      assertThat(kept).extracting(ReportEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
    }
  }
}
