package io.hashwatch.sentry.rig;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Real shell scripts for command tests, written into a test's temporary directory. */
final class Scripts {
  private final Path dir;

  Scripts(Path dir) {
    this.dir = dir;
  }

  /** An executable script {@code name} running {@code body} under /bin/sh; its path. */
  Path write(String name, String body) throws IOException {
    Path script = dir.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    if (!script.toFile().setExecutable(true)) {
      throw new IOException("cannot make " + script + " executable");
    }
    return script;
  }

  /** A script that appends its arguments (or its name) as a line to {@code marker}. */
  Path marking(String name, Path marker) throws IOException {
    return write(name, "echo \"" + name + " $*\" >> '" + marker + "'");
  }

  Path path(String name) {
    return dir.resolve(name);
  }

  /** Waits until {@code file} (in this directory) exists; false when it does not in time. */
  boolean awaitFile(Path file, Duration patience) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
      while (!Files.exists(file)) {
        long left = deadline - System.nanoTime();
        WatchKey key = left > 0 ? watch.poll(left, TimeUnit.NANOSECONDS) : null;
        if (key == null) {
          return Files.exists(file);
        }
        key.pollEvents();
        key.reset();
      }
      return true;
    }
  }
}
