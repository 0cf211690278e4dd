package io.hashwatch.commander.alerts;

import java.time.Duration;
import java.util.Locale;

/** How alert messages write figures. */
final class Figures {
  private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};

  private Figures() {}

  static String hashrate(double hs) {
    int prefix = 0;
    double value = hs;
    while (Math.abs(value) >= 1000 && prefix < PREFIXES.length - 1) {
      value /= 1000;
      prefix++;
    }
    return String.format(Locale.ROOT, "%.1f %sH/s", value, PREFIXES[prefix]);
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  /** Whole minutes, or hours and minutes: "6 min", "2 h 5 min". */
  static String duration(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes < 60
        ? minutes + " min"
        : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
  }
}
