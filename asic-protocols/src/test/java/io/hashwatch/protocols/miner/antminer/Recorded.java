package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The recorded replies under src/test/resources/fixtures, as text and as parsed JSON. */
final class Recorded {

  private Recorded() {}

  static String text(String folder, String file) {
    String path = "/fixtures/" + folder + "/" + file;
    try (InputStream in = Recorded.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A recorded reply parsed the way the driver parses what comes over the wire. */
  static JsonObject json(String folder, String file) {
    try {
      return CgminerClient.parse(text(folder, file));
    } catch (MalformedReplyException e) {
      throw new IllegalStateException(folder + "/" + file + " does not parse", e);
    }
  }

  /** The stock reading of recorded replies; a null file name means the command was not answered. */
  static Reading reading(String folder, String summary, String pools, String stats) {
    PollResult result =
        StockReading.parse(
            new StockReplies(
                summary == null ? null : json(folder, summary),
                pools == null ? null : json(folder, pools),
                stats == null ? null : json(folder, stats),
                List.of()),
            AntminerDriver.FIRMWARE);
    if (!(result instanceof Reading reading)) {
      throw new AssertionError("expected a reading, got " + result);
    }
    return reading;
  }
}
