package io.hashwatch.sentry.rig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The last bytes a command wrote, for its result's detail: everything is read (a command whose pipe
 * fills up would block), only the last {@code capacity} bytes are kept.
 */
final class OutputTail {
  private final byte[] ring;
  private long written;

  OutputTail(int capacity) {
    this.ring = new byte[capacity];
  }

  /** Reads {@code in} to its end or its first error; what was read so far is kept either way. */
  void drain(InputStream in) {
    byte[] buffer = new byte[4096];
    try (in) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        append(buffer, read);
      }
    } catch (IOException e) {
      // The pipe closes when the command is stopped: what it wrote before that is the tail.
    }
  }

  private synchronized void append(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      ring[(int) (written++ % ring.length)] = bytes[i];
    }
  }

  /** The kept output as text, stripped, with {@code ...} before it when more was written. */
  synchronized String text() {
    int kept = (int) Math.min(written, ring.length);
    byte[] ordered = new byte[kept];
    long start = written - kept;
    for (int i = 0; i < kept; i++) {
      ordered[i] = ring[(int) ((start + i) % ring.length)];
    }
    // A character cut at the start decodes as a replacement character; the rest reads.
    String text = new String(ordered, StandardCharsets.UTF_8).strip();
    return written > ring.length && !text.isEmpty() ? "..." + text : text;
  }
}
