package io.hashwatch.sentry.gpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Small real executables, written as {@code /bin/sh} scripts, that stand in for GPU tools. */
final class Scripts {

  private Scripts() {}

  /** An executable {@code dir/name} running {@code body} under {@code /bin/sh}. */
  static Path write(Path dir, String name, String body) {
    try {
      Path script = Files.createDirectories(dir).resolve(name);
      Files.writeString(script, "#!/bin/sh\n" + body + "\n");
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code path} quoted for the shell. */
  static String quoted(Path path) {
    return "'" + path.toString().replace("'", "'\\''") + "'";
  }
}
