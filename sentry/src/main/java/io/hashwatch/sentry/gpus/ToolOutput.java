package io.hashwatch.sentry.gpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a tool wrote on one stream, read up to a bound.
 *
 * @param overflowed the tool wrote more than the bound; the rest was not read and the tool killed
 */
record ToolOutput(String text, boolean overflowed) {

  static ToolOutput read(InputStream stream, int bound, Process process) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(bound, 8192));
    byte[] buffer = new byte[8192];
    try (stream) {
      int n;
      while ((n = stream.read(buffer)) >= 0) {
        if (kept.size() + n > bound) {
          ExternalTool.kill(process);
          return new ToolOutput("", true);
        }
        kept.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // The stream closes under the reader when the tool is killed: what came before it stays.
    }
    return new ToolOutput(kept.toString(StandardCharsets.UTF_8), false);
  }
}
