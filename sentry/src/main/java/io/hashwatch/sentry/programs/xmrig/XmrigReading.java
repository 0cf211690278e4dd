package io.hashwatch.sentry.programs.xmrig;

import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The reading of xmrig from its summary ({@code /2/summary} or {@code /1/summary}) and its backends
 * ({@code /2/backends}): a pure function, tested on the replies of xmrig's doc/api. Hashrates are
 * H/s in windows of 10 s, 60 s and 15 min, each {@code null} until filled.
 */
final class XmrigReading {

  private XmrigReading() {}

  /**
   * @param backends the {@code /2/backends} reply, or null when not asked or not read
   * @param errors what could not be read so far
   */
  static PollResult from(JsonValue summary, JsonValue backends, List<String> errors) {
    JsonObject reply = summary instanceof JsonObject object ? object : null;
    JsonArray total = JsonParts.array(JsonParts.object(reply, "hashrate"), "total");
    if (total == null) {
      return NoData.because("the summary has no hashrate.total: not xmrig's");
    }
    JsonObject results = JsonParts.object(reply, "results");
    JsonObject connection = JsonParts.object(reply, "connection");
    DeviceTally gpus = XmrigBackends.tally(backends, errors);
    gpus.noteDropped(errors);
    Long good = Figures.count(results, "shares_good");
    Long rejected = DeviceTally.difference(Figures.count(results, "shares_total"), good);
    String algorithm = JsonParts.text(reply, "algo");
    return Reading.builder()
        .firmware(XmrigAdapter.TYPE)
        .firmwareVersion(JsonParts.text(reply, "version"))
        .algorithm(algorithm != null ? algorithm : JsonParts.text(connection, "algo"))
        .hashrateHs(Figures.figure(shortest(total)))
        .hashrateAvgHs(Figures.figure(longest(total)))
        .boards(gpus.boards())
        .powerW(gpus.powerW())
        .pools(pools(connection))
        .accepted(good != null ? good : Figures.count(connection, "accepted"))
        .rejected(rejected != null ? rejected : Figures.count(connection, "rejected"))
        .uptimeS(Figures.count(reply, "uptime"))
        .errors(errors)
        .build();
  }

  /** The 10 s window, or the 60 s one while the first is not filled. */
  static Double shortest(JsonArray windows) {
    Double tenSeconds = JsonParts.number(windows, 0);
    return tenSeconds != null ? tenSeconds : JsonParts.number(windows, 1);
  }

  /** The 15 min window, or the 60 s one while the first is not filled. */
  private static Double longest(JsonArray windows) {
    Double fifteenMinutes = JsonParts.number(windows, 2);
    return fifteenMinutes != null ? fifteenMinutes : JsonParts.number(windows, 1);
  }

  /** The pool xmrig is connected to, with the shares of this connection. */
  private static List<Pool> pools(JsonObject connection) {
    List<Pool> pool = JsonParts.activePool(JsonParts.text(connection, "pool"), null);
    return pool.stream()
        .map(
            active ->
                new Pool(
                    active.url(),
                    null,
                    null,
                    true,
                    Figures.count(connection, "accepted"),
                    Figures.count(connection, "rejected"),
                    null))
        .toList();
  }
}
