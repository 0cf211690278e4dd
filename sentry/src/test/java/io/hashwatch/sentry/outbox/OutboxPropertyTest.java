package io.hashwatch.sentry.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.sentry.outbox.OutboxSettings.Fsync;
import io.hashwatch.sentry.outbox.TestEntries.HandClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDirFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random appends, syncs, peeks, acknowledgements, renumberings, clock moves, reopenings and
 * crashes, checked against a model after every step. A crash closes the outbox and then tears the
 * newest segment anywhere past what the last sync made durable (cut or a flipped byte), as a power
 * loss may. The model says: entries come back in order with the seqs they were given; none at or
 * below an acknowledgement comes back; the bounds drop only the oldest and count every drop; and
 * only entries that no sync covered may be lost, and only from the end.
 *
 * <p>The crashes are simulated, so the disk's fsync proves nothing here: the runs use a memory file
 * system when there is one, where fsync costs nothing (thousands of them took a minute on disk).
 */
class OutboxPropertyTest {
  private static final int STEPS = 250;
  private static final Path MEMORY = Path.of("/dev/shm");

  @TempDir(factory = InMemory.class)
  Path dir;

  /** A temporary directory in /dev/shm where it can be written, else the usual one. */
  static final class InMemory implements TempDirFactory {
    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context)
        throws IOException {
      return Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)
          ? Files.createTempDirectory(MEMORY, "outbox-")
          : Files.createTempDirectory("outbox-");
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomOperationsAndCrashesKeepTheOrderAndLoseNoSyncedEntry(long seed) throws IOException {
    Run run = new Run(seed, dir);
    try {
      run.play();
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + ", last steps " + run.lastSteps(), e);
    } finally {
      run.outbox.close();
    }
  }

  /** One pending entry of the model, and whether a sync covered it. */
  private record Expected(ReportEntry entry, boolean synced) {}

  private static final class Run {
    private final Random random;
    private final Path dir;
    private final HandClock clock = new HandClock(TestEntries.T0);
    private final OutboxSettings settings;
    private final List<String> steps = new ArrayList<>();
    private List<Expected> pending = new ArrayList<>();
    private long acknowledged;
    private long dropped;
    private Path syncedFile;
    private long syncedSize;
    private int appended;
    Outbox outbox;

    Run(long seed, Path dir) throws IOException {
      this.random = new Random(seed);
      this.dir = dir;
      this.settings =
          TestEntries.small()
              .withFsync(Fsync.values()[random.nextInt(3)])
              .withMaxAge(Duration.ofHours(2));
      this.outbox = Outbox.open(dir, settings, clock);
      steps.add("open " + settings.fsync());
    }

    List<String> lastSteps() {
      return steps.subList(Math.max(0, steps.size() - 15), steps.size());
    }

    void play() throws IOException {
      for (int i = 0; i < STEPS; i++) {
        int dice = random.nextInt(100);
        boolean crashed = false;
        if (dice < 45) {
          append();
        } else if (dice < 55) {
          sync();
        } else if (dice < 70) {
          acknowledgeSome();
        } else if (dice < 72) {
          acknowledge(outbox.lastSequence() + random.nextInt(3));
        } else if (dice < 82) {
          clock.advance(Duration.ofMinutes(random.nextInt(40)));
          steps.add("clock +");
        } else if (dice < 87) {
          outbox.close();
          outbox = Outbox.open(dir, settings, clock);
          steps.add("reopen");
        } else if (dice < 96) {
          crash();
          crashed = true;
        } else {
          resequence();
        }
        check(crashed);
      }
    }

    private void append() throws IOException {
      int i = appended++;
      long last = outbox.lastSequence();
      Unreachable result = Unreachable.because(i + " " + "x".repeat(random.nextInt(1000)));
      ReportEntry entry =
          outbox.append(clock.instant(), TestEntries.address(i), DeviceKind.ASIC, result);
      steps.add("append " + entry.seq());
      assertThat(entry.seq()).isEqualTo(last + 1).isEqualTo(outbox.lastSequence());
      assertThat(entry.result()).isEqualTo(result);
      pending.add(new Expected(entry, false));
      if (settings.fsync() == Fsync.ALWAYS) {
        markSynced();
      }
    }

    private void sync() throws IOException {
      outbox.sync();
      steps.add("sync");
      if (settings.fsync() != Fsync.NEVER) {
        markSynced();
      }
    }

    private void markSynced() throws IOException {
      pending = new ArrayList<>(pending.stream().map(e -> new Expected(e.entry(), true)).toList());
      List<Path> segments = TestEntries.segments(dir);
      syncedFile = segments.isEmpty() ? null : segments.get(segments.size() - 1);
      syncedSize = syncedFile == null ? 0 : Files.size(syncedFile);
    }

    private void acknowledgeSome() throws IOException {
      List<ReportEntry> peeked = outbox.peek(1 + random.nextInt(40));
      if (settings.fsync() == Fsync.BATCH) {
        // peek forces what it may hand to the commander
        markSynced();
      }
      if (!peeked.isEmpty()) {
        acknowledge(peeked.get(random.nextInt(peeked.size())).seq());
      }
    }

    private void acknowledge(long seq) throws IOException {
      if (seq > outbox.lastSequence()) {
        outbox.acknowledge(seq);
        steps.add("ack above the last seq, " + seq);
        renumberAbove(seq);
        return;
      }
      outbox.acknowledge(seq);
      steps.add("ack " + seq);
      acknowledged = Math.max(acknowledged, seq);
      pending.removeIf(expected -> expected.entry().seq() <= seq);
    }

    private void resequence() throws IOException {
      long held = outbox.lastSequence() + random.nextInt(20);
      outbox.resequenceAbove(held);
      steps.add("resequence above " + held);
      renumberAbove(held);
    }

    private void renumberAbove(long held) {
      if (!pending.isEmpty() && pending.get(0).entry().seq() <= held) {
        long shift = held + 1 - pending.get(0).entry().seq();
        pending =
            new ArrayList<>(
                pending.stream()
                    .map(
                        expected ->
                            new Expected(shifted(expected.entry(), shift), expected.synced()))
                    .toList());
      }
      acknowledged = Math.max(acknowledged, held);
    }

    private static ReportEntry shifted(ReportEntry entry, long shift) {
      return new ReportEntry(
          entry.seq() + shift, entry.time(), entry.address(), entry.kind(), entry.result());
    }

    /** Closes, then tears the newest segment past what a sync made durable, and opens again. */
    private void crash() throws IOException {
      outbox.close();
      List<Path> segments = TestEntries.segments(dir);
      String how = "crash, nothing torn";
      if (!segments.isEmpty()) {
        Path newest = segments.get(segments.size() - 1);
        long size = Files.size(newest);
        long durable = newest.equals(syncedFile) ? Math.min(syncedSize, size) : 0;
        if (size > durable) {
          long at = durable + random.nextLong(size - durable);
          try (FileChannel file =
              FileChannel.open(newest, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (random.nextBoolean()) {
              file.truncate(at);
              how = "crash, cut " + newest.getFileName() + " at " + at + " of " + size;
            } else {
              ByteBuffer one = ByteBuffer.allocate(1);
              file.read(one, at);
              file.write(ByteBuffer.wrap(new byte[] {(byte) ~one.get(0)}), at);
              how = "crash, flipped " + newest.getFileName() + " at " + at + " of " + size;
            }
          }
        }
      }
      steps.add(how);
      outbox = Outbox.open(dir, settings, clock);
    }

    private void check(boolean crashed) throws IOException {
      List<ReportEntry> actual = outbox.peek(5000);
      assertThat(outbox.backlog()).isEqualTo(actual.size());
      assertThat(outbox.pendingBytes() > 0).isEqualTo(!actual.isEmpty());
      assertThat(actual).extracting(ReportEntry::seq).isSorted().doesNotHaveDuplicates();
      assertThat(actual).allSatisfy(entry -> assertThat(entry.seq()).isGreaterThan(acknowledged));
      if (!actual.isEmpty()) {
        assertThat(outbox.lastSequence())
            .isGreaterThanOrEqualTo(actual.get(actual.size() - 1).seq());
      }

      long newlyDropped = outbox.dropped() - dropped;
      assertThat(newlyDropped).as("dropped never goes down").isNotNegative();
      assertThat(newlyDropped).isLessThanOrEqualTo(pending.size());
      List<Expected> kept = pending.subList((int) newlyDropped, pending.size());
      assertThat(actual.size()).isLessThanOrEqualTo(kept.size());
      assertThat(actual)
          .as("the oldest are dropped, the rest kept in order")
          .isEqualTo(kept.subList(0, actual.size()).stream().map(Expected::entry).toList());
      List<Expected> lost = kept.subList(actual.size(), kept.size());
      if (crashed) {
        assertThat(lost).as("only entries no sync covered are lost").noneMatch(Expected::synced);
      } else {
        assertThat(lost).as("nothing lost without a crash").isEmpty();
      }
      pending = new ArrayList<>(kept.subList(0, actual.size()));
      dropped = outbox.dropped();
    }
  }
}
