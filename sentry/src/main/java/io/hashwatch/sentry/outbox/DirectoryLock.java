package io.hashwatch.sentry.outbox;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that keeps one process per outbox directory: an OS lock on {@code outbox.lock}, which
 * the OS releases when the process ends in any way. The file holds the holder's pid, for the
 * message another process gets.
 */
final class DirectoryLock implements Closeable {
  static final String NAME = "outbox.lock";

  private final FileChannel file;
  private final FileLock lock;

  private DirectoryLock(FileChannel file, FileLock lock) {
    this.file = file;
    this.lock = lock;
  }

  static DirectoryLock acquire(Path dir) throws IOException {
    Path path = dir.resolve(NAME);
    FileChannel file =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = file.tryLock();
      if (lock == null) {
        throw inUse(dir, "by process " + holder(path));
      }
      file.truncate(0);
      file.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      return new DirectoryLock(file, lock);
    } catch (OverlappingFileLockException e) {
      file.close();
      throw inUse(dir, "in this process already");
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  private static IOException inUse(Path dir, String where) {
    return new IOException(
        "the outbox "
            + dir
            + " is open "
            + where
            + "; one sentry per outbox directory (give each its own --outbox)");
  }

  private static String holder(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      String pid = new String(in.readNBytes(32), StandardCharsets.US_ASCII).trim();
      return pid.matches("\\d{1,19}") ? pid : "(unknown)";
    } catch (IOException e) {
      return "(unknown)";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      file.close();
    }
  }
}
