package io.hashwatch.sentry.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every segment at open and keeps what is intact. In each segment the records are read in
 * order; at the first one that is not whole and intact (a torn write, a failed checksum, a length
 * out of range, a seq not above the one before) the file is cut there and the cut is logged.
 * Everything before the cut is kept, and so are the later segments: a power loss can tear the tail
 * of a segment that was still being written back while the next one already exists.
 */
final class SegmentRecovery {
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  private SegmentRecovery() {}

  /** The intact segments of {@code dir}, oldest first; empty ones are deleted. */
  static List<OutboxSegment> recover(Path dir) throws IOException {
    List<OutboxSegment> kept = new ArrayList<>();
    long previousSeq = 0;
    for (Path file : segmentFiles(dir)) {
      OutboxSegment segment = OutboxSegment.existing(file);
      try {
        previousSeq = scan(segment, previousSeq);
      } finally {
        segment.release();
      }
      if (segment.count() == 0) {
        segment.delete();
      } else {
        kept.add(segment);
      }
    }
    return kept;
  }

  private static List<Path> segmentFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> OutboxSegment.firstSeqOf(file) >= 0 && Files.isRegularFile(file))
          .sorted(Comparator.comparingLong(OutboxSegment::firstSeqOf))
          .toList();
    }
  }

  private static long scan(OutboxSegment segment, long previousSeq) throws IOException {
    long lastSeq = previousSeq;
    RecordReader reader = segment.reader(0);
    while (true) {
      RecordRead read = reader.next(false);
      if (read instanceof RecordRead.Stored record) {
        if (record.seq() <= lastSeq) {
          read =
              new RecordRead.Bad(
                  record.position(),
                  "seq " + record.seq() + " is not above the seq before it, " + lastSeq);
        } else {
          segment.noteRecord(record.seq(), record.epochSecond());
          lastSeq = record.seq();
          continue;
        }
      }
      if (read instanceof RecordRead.Bad bad) {
        cut(segment, bad);
      }
      return lastSeq;
    }
  }

  private static void cut(OutboxSegment segment, RecordRead.Bad bad) throws IOException {
    long bytes = segment.size() - bad.position();
    LOG.log(
        System.Logger.Level.WARNING,
        () ->
            "outbox recovery: cut "
                + bytes
                + " bytes at offset "
                + bad.position()
                + " of "
                + segment.path()
                + ": "
                + bad.problem()
                + "; the "
                + segment.count()
                + " records before it are kept");
    segment.truncate(bad.position());
  }
}
