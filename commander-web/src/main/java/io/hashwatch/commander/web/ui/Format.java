package io.hashwatch.commander.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How figures read on every page ({@code #{fmt.hashrate(x)}}); hashwatch/live.js formats pushed
 * figures the same way. An absent figure shows as a dash, never as 0.
 */
@Named("fmt")
@ApplicationScoped
public class Format {
  static final String ABSENT = "–";
  private static final String[] HASHRATE_UNITS = {
    "H/s", "kH/s", "MH/s", "GH/s", "TH/s", "PH/s", "EH/s"
  };
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

  public String hashrate(Double hs) {
    if (hs == null || !Double.isFinite(hs)) {
      return ABSENT;
    }
    double value = hs;
    int unit = 0;
    while (Math.abs(value) >= 1000 && unit < HASHRATE_UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.2f %s", value, HASHRATE_UNITS[unit]);
  }

  public String power(Double watts) {
    if (watts == null || !Double.isFinite(watts)) {
      return ABSENT;
    }
    return Math.abs(watts) >= 10_000
        ? String.format(Locale.ROOT, "%.1f kW", watts / 1000)
        : String.format(Locale.ROOT, "%.0f W", watts);
  }

  public String temperature(Double celsius) {
    return celsius == null || !Double.isFinite(celsius)
        ? ABSENT
        : String.format(Locale.ROOT, "%.0f °C", celsius);
  }

  /** Joules per terahash: watts divided by TH/s. */
  public String efficiency(Double watts, Double hs) {
    if (watts == null || hs == null || hs <= 0 || !Double.isFinite(watts)) {
      return ABSENT;
    }
    return String.format(Locale.ROOT, "%.1f J/TH", watts / (hs / 1e12));
  }

  public String time(OffsetDateTime time) {
    return time == null ? ABSENT : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** How long ago, coarsely: "12 s ago", "5 min ago", "3 h ago", "2 d ago". */
  public String ago(OffsetDateTime time) {
    if (time == null) {
      return "never";
    }
    return ago(Duration.between(time, OffsetDateTime.now(ZoneOffset.UTC)));
  }

  static String ago(Duration elapsed) {
    long seconds = Math.max(0, elapsed.toSeconds());
    if (seconds < 60) {
      return seconds + " s ago";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min ago";
    }
    if (seconds < 86_400) {
      return seconds / 3600 + " h ago";
    }
    return seconds / 86_400 + " d ago";
  }

  /** An uptime in seconds as "3 d 4 h", "4 h 12 min" or "12 min". */
  public String uptime(Long seconds) {
    if (seconds == null || seconds < 0) {
      return ABSENT;
    }
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3600;
    long minutes = seconds % 3600 / 60;
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
  }
}
