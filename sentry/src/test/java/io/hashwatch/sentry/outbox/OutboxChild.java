package io.hashwatch.sentry.outbox;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The outbox in a process of its own, for {@link OutboxProcessTest}: {@code hold DIR COUNT} appends
 * COUNT entries without a sync, says so and waits to be killed; {@code fill DIR} appends until an
 * append fails, then says how many it stored and why it stopped.
 */
public final class OutboxChild {
  private OutboxChild() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[1]);
    if (args[0].equals("hold")) {
      try (Outbox outbox = Outbox.open(dir, OutboxSettings.defaults())) {
        TestEntries.append(outbox, 0, Integer.parseInt(args[2]));
        System.out.println("appended " + outbox.lastSequence());
        System.out.flush();
        System.in.read();
      }
    } else {
      // 1 MiB segments: the file size limit the test sets is reached inside the first one.
      OutboxSettings settings = OutboxSettings.defaults().withMaxBytes(16 * 1024 * 1024);
      try (Outbox outbox = Outbox.open(dir, settings)) {
        int stored = 0;
        try {
          while (stored < 100_000) {
            TestEntries.append(outbox, stored, 1);
            stored++;
          }
        } catch (IOException e) {
          System.out.println("failure " + e.getMessage());
        }
        System.out.println("stored " + stored);
      }
    }
  }
}
