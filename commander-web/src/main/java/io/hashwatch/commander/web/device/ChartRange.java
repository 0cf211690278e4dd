package io.hashwatch.commander.web.device;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The spans the device chart offers, each with its button's name and how its labels read. */
public enum ChartRange {
  HOUR("1h", Duration.ofHours(1), "HH:mm:ss"),
  DAY("24h", Duration.ofHours(24), "HH:mm"),
  WEEK("7d", Duration.ofDays(7), "MM-dd HH:mm"),
  MONTH("30d", Duration.ofDays(30), "MM-dd HH:mm");

  private final String name;
  private final Duration span;
  private final DateTimeFormatter labels;

  ChartRange(String name, Duration span, String labels) {
    this.name = name;
    this.span = span;
    this.labels = DateTimeFormatter.ofPattern(labels, Locale.ROOT);
  }

  /** As the buttons name it: 1h, 24h, 7d, 30d. */
  public String wire() {
    return name;
  }

  public Duration span() {
    return span;
  }

  DateTimeFormatter labels() {
    return labels;
  }

  /** The range named {@code name}, or the 24 hours for any other name. */
  public static ChartRange named(String name) {
    for (ChartRange range : values()) {
      if (range.name.equals(name)) {
        return range;
      }
    }
    return DAY;
  }
}
