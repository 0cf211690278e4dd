package io.hashwatch.sentry.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code key = value} of the config file, or one flag, with where it was given ({@code
 * asic-sentry.conf:12} or {@code --interval}) so that every error can point at it.
 */
public record Setting(String key, String value, String where) {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)?");
  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,15})\\s*(b|kib|mib|gib|tib)?", Pattern.CASE_INSENSITIVE);

  /** An error about this setting: {@code where: key: what}. */
  public ConfigException problem(String what) {
    return new ConfigException(where + ": " + key + ": " + what);
  }

  /** A duration such as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or {@code 7d}. */
  public Duration duration(Duration least, Duration most) throws ConfigException {
    Matcher matcher = DURATION.matcher(value);
    if (!matcher.matches()) {
      throw problem(
          "'" + value + "' is not a duration: write a whole number with ms, s, m, h or d (30s)");
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration duration =
        switch (matcher.group(2) == null ? "s" : matcher.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          case "d" -> Duration.ofDays(amount);
          default -> Duration.ofSeconds(amount);
        };
    if (duration.compareTo(least) < 0 || duration.compareTo(most) > 0) {
      throw problem("must be " + words(least) + " to " + words(most) + ", not " + value);
    }
    return duration;
  }

  /** A size in bytes such as {@code 512MiB} or {@code 2GiB} (binary units; a bare number: B). */
  public long bytes(long least) throws ConfigException {
    Matcher matcher = SIZE.matcher(value);
    if (!matcher.matches()) {
      throw problem("'" + value + "' is not a size: write a whole number with B, KiB, MiB or GiB");
    }
    String unit = matcher.group(2) == null ? "b" : matcher.group(2).toLowerCase(Locale.ROOT);
    int shift =
        switch (unit) {
          case "kib" -> 10;
          case "mib" -> 20;
          case "gib" -> 30;
          case "tib" -> 40;
          default -> 0;
        };
    long amount = Long.parseLong(matcher.group(1));
    if (amount > (Long.MAX_VALUE >> shift)) {
      throw problem("'" + value + "' is too large");
    }
    if ((amount << shift) < least) {
      throw problem("must be at least " + least + " bytes, not " + value);
    }
    return amount << shift;
  }

  /** A whole number from {@code least} to {@code most}. */
  public int integer(int least, int most) throws ConfigException {
    try {
      int number = Integer.parseInt(value);
      if (number >= least && number <= most) {
        return number;
      }
    } catch (NumberFormatException e) {
      // told below, with the bounds
    }
    throw problem("must be a whole number from " + least + " to " + most + ", not '" + value + "'");
  }

  static String words(Duration duration) {
    if (duration.toMillis() % 1000 != 0) {
      return duration.toMillis() + "ms";
    }
    long seconds = duration.toSeconds();
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }
}
