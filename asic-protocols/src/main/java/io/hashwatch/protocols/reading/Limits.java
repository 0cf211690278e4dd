package io.hashwatch.protocols.reading;

import java.util.List;
import java.util.Objects;

/** Bounds every reading respects, so that one broken device cannot flood a sentry or commander. */
public final class Limits {
  public static final int MAX_TEXT = 256;
  public static final int MAX_BOARDS = 64;
  public static final int MAX_FANS = 32;
  public static final int MAX_POOLS = 16;
  public static final int MAX_ERRORS = 32;

  /** The longest error text kept; a longer one (a driver quoting a whole reply) is clipped. */
  public static final int MAX_ERROR_TEXT = 1024;

  private Limits() {}

  static List<String> requireReasons(List<String> errors) {
    List<String> copy = List.copyOf(Objects.requireNonNull(errors, "errors"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a result without a reading must say why");
    }
    return errors(copy);
  }

  /** The errors bounded in number, each clipped to {@link #MAX_ERROR_TEXT} characters. */
  static List<String> errors(List<String> errors) {
    return bounded(errors, MAX_ERRORS, "errors").stream()
        .map(
            text ->
                text.length() <= MAX_ERROR_TEXT
                    ? text
                    : text.substring(0, MAX_ERROR_TEXT - 3) + "...")
        .toList();
  }

  static <T> List<T> bounded(List<T> list, int max, String name) {
    List<T> copy = list == null ? List.of() : List.copyOf(list);
    if (copy.size() > max) {
      throw new IllegalArgumentException(name + " holds " + copy.size() + " items, at most " + max);
    }
    return copy;
  }

  static String text(String value, String name) {
    if (value != null && value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT + " characters");
    }
    return value;
  }

  static Double figure(Double value, String name) {
    if (value != null && (!Double.isFinite(value) || value < 0)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
    }
    return value;
  }

  static Double temperature(Double value, String name) {
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, was " + value);
    }
    return value;
  }

  static Integer percent(Integer value, String name) {
    if (value != null && (value < 0 || value > 100)) {
      throw new IllegalArgumentException(name + " must be 0 to 100, was " + value);
    }
    return value;
  }

  static Long count(Long value, String name) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
    return value;
  }
}
