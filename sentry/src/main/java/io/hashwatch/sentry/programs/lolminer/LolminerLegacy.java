package io.hashwatch.sentry.programs.lolminer;

import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lolMiner 0.4x: flat keys ({@code Algorithm}, {@code ConnectedPool}, {@code TotalSpeed(5s)},
 * {@code TotalSpeed(60s)}) and one object per GPU ({@code GPU0}, {@code GPU1}...) with its speeds,
 * in solutions per second (it mined Equihash only). It gives no shares, uptime, temperatures or bus
 * ids.
 */
final class LolminerLegacy {
  private static final Pattern GPU_KEY = Pattern.compile("GPU(\\d{1,4})");

  private LolminerLegacy() {}

  static Reading read(JsonObject reply) {
    List<String> errors = new ArrayList<>();
    Map<Integer, JsonObject> gpus = new TreeMap<>();
    for (Map.Entry<String, ?> entry : reply.entrySet()) {
      Matcher key = GPU_KEY.matcher(entry.getKey());
      if (key.matches() && entry.getValue() instanceof JsonObject gpu) {
        gpus.put(Integer.valueOf(key.group(1)), gpu);
      }
    }
    DeviceTally tally = new DeviceTally();
    gpus.forEach(
        (index, gpu) -> tally.add(index, Figures.number(gpu, "Speed(5s)"), null, null, null));
    tally.noteDropped(errors);
    return LolminerReading.base(
            reply, JsonParts.text(reply, "ConnectedPool"), JsonParts.text(reply, "ConnectedUser"))
        .algorithm(JsonParts.text(reply, "Algorithm"))
        .hashrateHs(Figures.number(reply, "TotalSpeed(5s)"))
        .hashrateAvgHs(Figures.number(reply, "TotalSpeed(60s)"))
        .boards(tally.boards())
        .errors(errors)
        .build();
  }
}
