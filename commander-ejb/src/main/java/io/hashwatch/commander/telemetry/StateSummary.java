package io.hashwatch.commander.telemetry;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import java.util.List;
import java.util.Locale;

/**
 * What the pages filter, sort and sum on, taken from one poll result at ingest so that no page
 * parses the stored JSON.
 *
 * @param algorithm the reading's algorithm, or {@code null}
 * @param pool the URL of the active pool, else of the first, or {@code null}
 * @param warning why the device is not fine, or {@code null} when it is: the first of too hot,
 *     hashing too little, a board down, the reading's first error; for a result other than a
 *     reading its first reason
 * @param sleeping for a relay, whether it is off; {@code null} (left as it is) for every other
 *     device, whose sleep follows the commands that succeed
 */
record StateSummary(String algorithm, String pool, String warning, Boolean sleeping) {
  static final int MAX_ALGORITHM = 64;
  static final int MAX_POOL = 512;
  static final int MAX_WARNING = 255;

  static StateSummary of(DeviceKind kind, PollResult result, WarningLimits limits) {
    if (result instanceof Reading reading) {
      Boolean relayOff =
          kind == DeviceKind.RELAY && reading.relayOn() != null ? !reading.relayOn() : null;
      return new StateSummary(
          cut(reading.algorithm(), MAX_ALGORITHM),
          cut(pool(reading), MAX_POOL),
          cut(warning(reading, limits), MAX_WARNING),
          relayOff);
    }
    return new StateSummary(null, null, cut(firstOf(reasons(result)), MAX_WARNING), null);
  }

  static String warning(Reading reading, WarningLimits limits) {
    Double temperature = reading.maxTempC();
    if (temperature != null && temperature >= limits.temperatureC()) {
      return String.format(Locale.ROOT, "temperature %.0f °C", temperature);
    }
    Double hashrate = reading.hashrateHs();
    Double expected = reading.expectedHashrateHs();
    if (hashrate != null
        && expected != null
        && expected > 0
        && hashrate < expected * limits.hashrateRatio()) {
      return String.format(Locale.ROOT, "hashrate %.0f %% of expected", 100 * hashrate / expected);
    }
    List<Board> boards = reading.boards();
    long working = boards.stream().filter(StateSummary::works).count();
    if (working < boards.size()) {
      return working + " of " + boards.size() + " boards";
    }
    return firstOf(reading.errors());
  }

  /** A board works when it hashes (or does not say) and has every chip it should. */
  private static boolean works(Board board) {
    boolean hashes = board.hashrateHs() == null || board.hashrateHs() > 0;
    boolean chips =
        board.chips() == null
            || board.expectedChips() == null
            || board.chips() >= board.expectedChips();
    return hashes && chips;
  }

  private static String pool(Reading reading) {
    return reading.pools().stream()
        .filter(pool -> pool.active())
        .findFirst()
        .or(() -> reading.pools().stream().findFirst())
        .map(pool -> pool.url())
        .orElse(null);
  }

  private static List<String> reasons(PollResult result) {
    if (result instanceof Unreachable unreachable) {
      return unreachable.errors();
    }
    if (result instanceof Rejected rejected) {
      return rejected.errors();
    }
    return result instanceof NoData noData ? noData.errors() : List.of();
  }

  private static String firstOf(List<String> errors) {
    return errors.isEmpty() ? null : errors.get(0);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
