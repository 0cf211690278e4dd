package io.hashwatch.protocols.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * Reads figures out of miner replies the way firmware writes them: numbers as numbers or as strings
 * ({@code "16346.64"}), with units ({@code "3250 W"}, {@code "38 %"}), in exponent form, or absent
 * as {@code ""}, {@code "N/A"}, {@code "-"}. Whatever is not a number reads as {@code null}, never
 * as 0.
 */
public final class LenientFields {

  private LenientFields() {}

  /** The first of {@code keys} present in {@code object} as a number, or null. */
  public static Double number(JsonObject object, String... keys) {
    if (object == null) {
      return null;
    }
    for (String key : keys) {
      Double value = number(object.get(key));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The first of {@code keys} present as a whole number (a fraction is cut), or null. */
  public static Long whole(JsonObject object, String... keys) {
    Double value = number(object, keys);
    return value == null ? null : (long) Math.floor(value);
  }

  /** The first of {@code keys} present as non-blank text (numbers as written), or null. */
  public static String text(JsonObject object, String... keys) {
    if (object == null) {
      return null;
    }
    for (String key : keys) {
      JsonValue value = object.get(key);
      if (value instanceof JsonString string && !string.getString().isBlank()) {
        return string.getString().strip();
      }
      if (value instanceof JsonNumber number) {
        return number.toString();
      }
    }
    return null;
  }

  public static Double number(JsonValue value) {
    if (value instanceof JsonNumber number) {
      double d = number.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    if (value instanceof JsonString string) {
      return parse(string.getString());
    }
    return null;
  }

  /** A number at the start of {@code text}, units and blanks around it ignored; else null. */
  public static Double parse(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < trimmed.length() && "0123456789.eE+-".indexOf(trimmed.charAt(end)) >= 0) {
      end++;
    }
    while (end > 0 && "eE+-.".indexOf(trimmed.charAt(end - 1)) >= 0) {
      end--; // "12e" or "5-" : the trailing sign or exponent letter is not part of a number
    }
    if (end == 0) {
      return null;
    }
    try {
      double value = Double.parseDouble(trimmed.substring(0, end));
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
