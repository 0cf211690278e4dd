package io.hashwatch.sentry.commands;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the commands this sentry started, on disk before each one starts. A command whose
 * result was lost in a crash comes again from the commander; the journal tells the restarted sentry
 * that it may already have run, so a reboot or a power-cycle is not repeated blindly. One id per
 * line, the newest {@link #KEPT} kept when the file is compacted at open.
 */
final class CommandJournal implements AutoCloseable {
  static final int KEPT = 10_000;

  private final FileChannel file;
  private final Set<Long> earlier;

  private CommandJournal(FileChannel file, Set<Long> earlier) {
    this.file = file;
    this.earlier = earlier;
  }

  /** Opens the journal at {@code path}, keeping its newest ids as the ones started before. */
  static CommandJournal open(Path path) throws IOException {
    Deque<Long> newest = new ArrayDeque<>();
    if (Files.exists(path)) {
      List<String> lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
      for (String line : lines) {
        // A line cut by a crash, or damaged, names no command this sentry can know of.
        if (line.matches("\\d{1,18}")) {
          newest.addLast(Long.parseLong(line));
          if (newest.size() > KEPT) {
            newest.removeFirst();
          }
        }
      }
      if (lines.size() > 2 * KEPT) {
        compact(path, newest);
      }
    }
    FileChannel file =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    return new CommandJournal(file, new HashSet<>(newest));
  }

  /** Whether a sentry before this start began the command {@code id}. */
  synchronized boolean startedBefore(long id) {
    return earlier.contains(id);
  }

  /** Records that the command {@code id} starts now; on disk when this returns. */
  synchronized void record(long id) throws IOException {
    ByteBuffer line = ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.US_ASCII));
    while (line.hasRemaining()) {
      file.write(line);
    }
    file.force(false);
  }

  @Override
  public synchronized void close() throws IOException {
    file.close();
  }

  private static void compact(Path path, Deque<Long> newest) throws IOException {
    Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
    StringBuilder text = new StringBuilder();
    newest.forEach(id -> text.append(id).append('\n'));
    Files.writeString(temporary, text, StandardCharsets.US_ASCII);
    try (FileChannel written = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      written.force(true);
    }
    Files.move(
        temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
