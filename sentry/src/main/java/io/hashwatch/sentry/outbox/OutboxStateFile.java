package io.hashwatch.sentry.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The state file {@code outbox.state}: a few {@code key=value} lines closed by a CRC32C of what
 * comes before. It is replaced whole (a temporary file, fsync, rename, fsync of the directory), so
 * a crash leaves either the old or the new state, never a mix.
 */
final class OutboxStateFile {
  static final String NAME = "outbox.state";
  private static final String TEMPORARY = NAME + ".tmp";
  private static final int MAX_BYTES = 4096;
  private static final int FORMAT = 1;
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  private final Path dir;

  OutboxStateFile(Path dir) {
    this.dir = dir;
  }

  Path path() {
    return dir.resolve(NAME);
  }

  /** The stored state; empty when there is none or it cannot be read (logged). */
  Optional<OutboxState> read() throws IOException {
    Files.deleteIfExists(dir.resolve(TEMPORARY));
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path())) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(bytes));
    } catch (IllegalArgumentException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          () ->
              "outbox state "
                  + path()
                  + " cannot be read ("
                  + e.getMessage()
                  + "); rebuilding it from the segments: entries the commander already holds may"
                  + " be sent again (it skips them), and the dropped count starts again at 0");
      return Optional.empty();
    }
  }

  private static OutboxState parse(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("longer than " + MAX_BYTES + " bytes");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    int crcLine = text.lastIndexOf("crc32c=");
    if (crcLine < 0 || !text.endsWith("\n")) {
      throw new IllegalArgumentException("no checksum line");
    }
    String body = text.substring(0, crcLine);
    String stored = text.substring(crcLine + "crc32c=".length(), text.length() - 1);
    if (!stored.equals(checksum(body))) {
      throw new IllegalArgumentException("checksum mismatch");
    }
    Map<String, Long> values = new HashMap<>();
    for (String line : body.split("\n")) {
      int equals = line.indexOf('=');
      if (!line.startsWith("#") && equals > 0) {
        values.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1)));
      }
    }
    if (values.getOrDefault("format", -1L) != FORMAT) {
      throw new IllegalArgumentException("not format " + FORMAT);
    }
    return new OutboxState(
        value(values, "offset"),
        value(values, "consumedThrough"),
        value(values, "lastStored"),
        value(values, "dropped"));
  }

  private static long value(Map<String, Long> values, String key) {
    Long value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no " + key);
    }
    return value;
  }

  /** Replaces the state file with {@code state}, durably. */
  void write(OutboxState state) throws IOException {
    String body =
        String.format(
            Locale.ROOT,
            "# Hashwatch sentry outbox state, rewritten whole by the sentry: do not edit.\n"
                + "# The seq on the wire is the seq stored in a segment plus offset.\n"
                + "format=%d\noffset=%d\nconsumedThrough=%d\nlastStored=%d\ndropped=%d\n",
            FORMAT,
            state.offset(),
            state.consumedThrough(),
            state.lastStored(),
            state.dropped());
    byte[] bytes = (body + "crc32c=" + checksum(body) + "\n").getBytes(StandardCharsets.UTF_8);
    Path temporary = dir.resolve(TEMPORARY);
    try (FileChannel file =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        file.write(buffer);
      }
      file.force(true);
    }
    Files.move(
        temporary, path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory(dir);
  }

  /** Makes the names in {@code dir} (created, renamed files) durable. */
  static void forceDirectory(Path dir) throws IOException {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }

  private static String checksum(String body) {
    CRC32C crc = new CRC32C();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }
}
