package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;
import java.util.List;

/** The recorded replies under src/test/resources/fixtures, as text and as parsed JSON. */
final class Recorded {

  private Recorded() {}

  static String text(String folder, String file) {
    return Fixtures.text(folder + "/" + file);
  }

  /** A recorded reply parsed the way the driver parses what comes over the wire. */
  static JsonObject json(String folder, String file) {
    return Fixtures.json(folder + "/" + file);
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
