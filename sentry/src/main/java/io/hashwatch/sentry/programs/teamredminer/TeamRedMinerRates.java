package io.hashwatch.sentry.programs.teamredminer;

import io.hashwatch.protocols.reading.Figures;
import jakarta.json.JsonObject;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hashrates of one row of TeamRedMiner's {@code devs}, in H/s: {@code KHS 30s} is kH/s over 30
 * seconds, {@code MHS 30s} the same in MH/s with three digits fewer, {@code KHS av} over the run.
 */
final class TeamRedMinerRates {
  private static final Pattern WINDOW = Pattern.compile("[KM]HS (\\d{1,6})s");

  private TeamRedMinerRates() {}

  /** The rate over the shortest window the row gives, else over the run; null when none. */
  static Double now(JsonObject row) {
    TreeSet<Integer> windows = new TreeSet<>();
    for (String key : row.keySet()) {
      Matcher window = WINDOW.matcher(key);
      if (window.matches()) {
        windows.add(Integer.parseInt(window.group(1)));
      }
    }
    for (int seconds : windows) {
      Double rate = rate(row, seconds + "s");
      if (rate != null) {
        return rate;
      }
    }
    return average(row);
  }

  /** The rate over the whole run, or null. */
  static Double average(JsonObject row) {
    return rate(row, "av");
  }

  private static Double rate(JsonObject row, String window) {
    Double kilo = Figures.scaled(row, 1e3, "KHS " + window);
    return kilo != null ? kilo : Figures.scaled(row, Figures.MEGA, "MHS " + window);
  }
}
