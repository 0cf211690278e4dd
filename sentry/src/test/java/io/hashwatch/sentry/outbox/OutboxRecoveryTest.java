package io.hashwatch.sentry.outbox;

import static io.hashwatch.sentry.outbox.TestEntries.append;
import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.report.ReportEntry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxRecoveryTest {
  @TempDir Path dir;

  private List<ReportEntry> appendAndClose(OutboxSettings settings, int count) throws IOException {
    try (Outbox outbox = Outbox.open(dir, settings)) {
      return append(outbox, 0, count);
    }
  }

  /** Where each record of a segment starts, read from its length fields. */
  private static List<Long> recordStarts(Path segment) throws IOException {
    List<Long> starts = new ArrayList<>();
    try (FileChannel file = FileChannel.open(segment)) {
      ByteBuffer length = ByteBuffer.allocate(4);
      for (long at = 0; at < file.size(); at += RecordCodec.HEADER_BYTES + length.getInt(0)) {
        starts.add(at);
        file.read(length.clear(), at);
      }
    }
    return starts;
  }

  private static void overwrite(Path file, long at, byte... bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(bytes), at);
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
    }
  }

  private static byte flipped(Path file, long at) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer one = ByteBuffer.allocate(1);
      channel.read(one, at);
      return (byte) ~one.get(0);
    }
  }

  private List<ReportEntry> reopenAndPeek(LogCapture log) throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      return outbox.peek(5000);
    }
  }

  @Test
  void aRecordCutMidwayIsDroppedAndTheOnesBeforeItKept() throws IOException {
    List<ReportEntry> appended = appendAndClose(OutboxSettings.defaults(), 3);
    Path segment = TestEntries.newestSegment(dir);
    truncate(segment, Files.size(segment) - 5);

    try (LogCapture log = new LogCapture();
        Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.peek(100)).isEqualTo(appended.subList(0, 2));
      assertThat(outbox.backlog()).isEqualTo(2);
      assertThat(log.messages())
          .anySatisfy(
              message ->
                  assertThat(message)
                      .startsWith("WARNING")
                      .contains("cut")
                      .contains(segment.getFileName().toString())
                      .contains("a partial record")
                      .contains("the 2 records before it are kept"));
      assertThat(
              outbox
                  .append(
                      TestEntries.T0,
                      "10.0.0.1:4028",
                      appended.get(0).kind(),
                      appended.get(0).result())
                  .seq())
          .as("seqs stay above the last one the state recorded")
          .isEqualTo(4);
    }
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.peek(100)).extracting(ReportEntry::seq).containsExactly(1L, 2L, 4L);
    }
  }

  @Test
  void aRecordWithAFlippedByteIsCut() throws IOException {
    List<ReportEntry> appended = appendAndClose(OutboxSettings.defaults(), 3);
    Path segment = TestEntries.newestSegment(dir);
    long last = recordStarts(segment).get(2);
    long inPayload = last + RecordCodec.HEADER_BYTES + 10;
    overwrite(segment, inPayload, flipped(segment, inPayload));

    try (LogCapture log = new LogCapture()) {
      assertThat(reopenAndPeek(log)).isEqualTo(appended.subList(0, 2));
      assertThat(log.messages()).anyMatch(message -> message.contains("checksum does not match"));
    }
    assertThat(Files.size(segment)).as("the bad tail is cut from the file").isEqualTo(last);
  }

  @Test
  void aCorruptLengthIsCutWithoutAllocatingIt() throws IOException {
    List<ReportEntry> appended = appendAndClose(OutboxSettings.defaults(), 3);
    Path segment = TestEntries.newestSegment(dir);
    long second = recordStarts(segment).get(1);
    overwrite(segment, second, (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xf0);

    try (LogCapture log = new LogCapture()) {
      assertThat(reopenAndPeek(log)).isEqualTo(appended.subList(0, 1));
      assertThat(log.messages())
          .anyMatch(message -> message.contains("a record length of 2147483632 bytes"));
    }
  }

  @Test
  void aPlausibleButWrongLengthFailsTheChecksum() throws IOException {
    List<ReportEntry> appended = appendAndClose(OutboxSettings.defaults(), 3);
    Path segment = TestEntries.newestSegment(dir);
    long second = recordStarts(segment).get(1);
    overwrite(segment, second, (byte) 0, (byte) 0, (byte) 0, (byte) 20);

    try (LogCapture log = new LogCapture()) {
      assertThat(reopenAndPeek(log)).isEqualTo(appended.subList(0, 1));
    }
  }

  @Test
  void aPartialHeaderIsCut() throws IOException {
    List<ReportEntry> appended = appendAndClose(OutboxSettings.defaults(), 3);
    Path segment = TestEntries.newestSegment(dir);
    truncate(segment, recordStarts(segment).get(2) + 10);

    try (LogCapture log = new LogCapture()) {
      assertThat(reopenAndPeek(log)).isEqualTo(appended.subList(0, 2));
      assertThat(log.messages()).anyMatch(message -> message.contains("partial record header"));
    }
  }

  @Test
  void damageInAnOlderSegmentKeepsTheSegmentsAfterIt() throws IOException {
    List<ReportEntry> appended = appendAndClose(TestEntries.small(), 100);
    List<Path> segments = TestEntries.segments(dir);
    assertThat(segments).hasSizeGreaterThan(3);
    Path first = segments.get(0);
    int inFirst = recordStarts(first).size();
    long third = recordStarts(first).get(2);
    overwrite(first, third + 12, flipped(first, third + 12));

    try (LogCapture log = new LogCapture()) {
      List<ReportEntry> expected = new ArrayList<>(appended.subList(0, 2));
      expected.addAll(appended.subList(inFirst, 100));
      assertThat(reopenAndPeek(log)).isEqualTo(expected);
    }
  }

  @Test
  void aSegmentWhoseSeqsGoBackIsCut() throws IOException {
    List<ReportEntry> appended = appendAndClose(OutboxSettings.defaults(), 3);
    Path segment = TestEntries.newestSegment(dir);
    Path copy = dir.resolve("00000000000000000500.seg");
    Files.copy(segment, copy);

    try (LogCapture log = new LogCapture()) {
      assertThat(reopenAndPeek(log)).isEqualTo(appended);
      assertThat(log.messages()).anyMatch(message -> message.contains("is not above"));
    }
    assertThat(copy).doesNotExist();
  }

  @Test
  void emptySegmentsAndATemporaryStateAreRemoved() throws IOException {
    List<ReportEntry> appended = appendAndClose(OutboxSettings.defaults(), 2);
    Path empty = Files.createFile(dir.resolve("00000000000000000003.seg"));
    Path temporary = Files.writeString(dir.resolve("outbox.state.tmp"), "half a sta");

    try (LogCapture log = new LogCapture()) {
      assertThat(reopenAndPeek(log)).isEqualTo(appended);
    }
    assertThat(empty).doesNotExist();
    assertThat(temporary).doesNotExist();
  }

  @Test
  void aLostStateIsRebuiltFromTheSegments() throws IOException {
    List<ReportEntry> appended;
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      appended = append(outbox, 0, 4);
      outbox.acknowledge(2);
    }
    Files.delete(dir.resolve(OutboxStateFile.NAME));

    try (LogCapture log = new LogCapture();
        Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.peek(100))
          .as("acknowledged entries still on disk come again; the commander skips them")
          .isEqualTo(appended);
      assertThat(outbox.lastSequence()).isEqualTo(4);
      assertThat(log.messages()).anyMatch(message -> message.contains("no state"));
    }
  }

  @Test
  void aDamagedStateIsRebuiltFromTheSegments() throws IOException {
    List<ReportEntry> appended;
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      appended = append(outbox, 0, 4);
      outbox.acknowledge(2);
    }
    Path state = dir.resolve(OutboxStateFile.NAME);
    Files.writeString(
        state, Files.readString(state).replace("consumedThrough=2", "consumedThrough=3"));

    try (LogCapture log = new LogCapture();
        Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      assertThat(outbox.peek(100)).isEqualTo(appended);
      assertThat(log.messages())
          .anySatisfy(
              message -> assertThat(message).contains("cannot be read").contains("checksum"));
    }
  }

  @Test
  void theStateFileIsReadableText() throws IOException {
    try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
      append(outbox, 0, 3);
      outbox.acknowledge(1);
    }
    assertThat(Files.readString(dir.resolve(OutboxStateFile.NAME)))
        .contains("format=1\n", "offset=0\n", "consumedThrough=1\n", "lastStored=3\n")
        .containsPattern("crc32c=[0-9a-f]{8}\n$");
  }
}
