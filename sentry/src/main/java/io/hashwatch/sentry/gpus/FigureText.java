package io.hashwatch.sentry.gpus;

import java.util.Locale;
import java.util.Set;

/**
 * Figures as GPU tools write them: a number with its unit after it ({@code 145.20 W}, {@code 38 %},
 * {@code 575 MiB}), or a word in place of a value ({@code [N/A]}, {@code [Not Supported]}, {@code
 * [Requested functionality has been deprecated]}), which makes the figure absent.
 */
final class FigureText {
  private static final Set<String> NO_VALUE =
      Set.of(
          "n/a",
          "not supported",
          "unknown error",
          "requested functionality has been deprecated",
          "insufficient permissions",
          "none",
          "unknown");
  private static final int MAX_TEXT = 256;

  private FigureText() {}

  /** The number {@code text} starts with, whatever unit follows; {@code null} when none. */
  static Double number(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int length = text.length();
    while (start < length && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    if (end < length && text.charAt(end) == '-') {
      end++;
    }
    boolean digits = false;
    boolean point = false;
    for (; end < length; end++) {
      char c = text.charAt(end);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    return digits ? Double.valueOf(text.substring(start, end)) : null;
  }

  /** {@code text} stripped and clipped, or {@code null} when it stands for no value. */
  static String text(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.isEmpty() || value.charAt(0) == '[' || NO_VALUE.contains(lower(value))) {
      return null;
    }
    return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
  }

  /** Whether the tool says, in place of a value, that the GPU has fallen off the bus. */
  static boolean saysLost(String text) {
    return text != null && text.contains("GPU is lost");
  }

  static Integer percent(Double value) {
    return value == null || value < 0 || value > 100 ? null : (int) Math.round(value);
  }

  static Integer whole(Double value) {
    return value == null || value < 0 || value > Integer.MAX_VALUE ? null : (int) Math.round(value);
  }

  static Long wholeLong(Double value) {
    return value == null || value < 0 ? null : Math.round(value);
  }

  /** A power or other figure that cannot be below 0. */
  static Double positive(Double value) {
    return value == null || value < 0 ? null : value;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
