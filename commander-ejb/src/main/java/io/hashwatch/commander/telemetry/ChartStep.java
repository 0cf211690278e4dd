package io.hashwatch.commander.telemetry;

import java.time.Duration;
import java.util.Optional;

/** The resolution of a chart: one point per raw reading, or per 5-minute or hourly bucket. */
public enum ChartStep {
  RAW("raw"),
  FIVE_MINUTES("5m"),
  HOURLY("1h");

  private static final Duration RAW_UP_TO = Duration.ofHours(6);
  private static final Duration FIVE_MINUTES_UP_TO = Duration.ofDays(7);

  private final String name;

  ChartStep(String name) {
    this.name = name;
  }

  /** The step for {@code name} as the API spells it ({@code raw}, {@code 5m}, {@code 1h}). */
  public static Optional<ChartStep> named(String name) {
    for (ChartStep step : values()) {
      if (step.name.equals(name)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** Raw up to 6 hours, 5-minute buckets up to 7 days, hourly beyond. */
  public static ChartStep auto(Duration span) {
    if (span.compareTo(RAW_UP_TO) <= 0) {
      return RAW;
    }
    return span.compareTo(FIVE_MINUTES_UP_TO) <= 0 ? FIVE_MINUTES : HOURLY;
  }
}
