package io.hashwatch.sentry.host;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's name as the kernel holds it ({@code uname -n}), without a DNS lookup. */
public final class Hostname {
  private static final Path PROC = Path.of("/proc");

  private Hostname() {}

  /** This machine's name; {@code null} when it has none that can be read. */
  public static String local() {
    return read(PROC);
  }

  static String read(Path proc) {
    try {
      String name = Files.readString(proc.resolve("sys/kernel/hostname")).strip();
      if (!name.isEmpty()) {
        return name;
      }
    } catch (IOException e) {
      // not Linux, or no procfs: ask the JDK below
    }
    try {
      // Without procfs only: the JDK may ask DNS for the name's address too.
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return null;
    }
  }
}
