package io.hashwatch.protocols.reading;

import io.hashwatch.protocols.json.LenientFields;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Figures out of a device's JSON reply as a {@link Reading} accepts them: a negative, infinite or
 * unreadable figure that a broken reply carries reads as absent rather than making the whole
 * reading invalid, and text is cut to the reading's bound. Every method takes null for "absent".
 */
public final class Figures {
  public static final double MEGA = 1e6;
  public static final double GIGA = 1e9;
  public static final double TERA = 1e12;

  private Figures() {}

  /** {@code value} when it is finite and >= 0; else null. */
  public static Double figure(Double value) {
    return value == null || !Double.isFinite(value) || value < 0 ? null : value;
  }

  /** The first of {@code keys} present as a number, when it is a figure; else null. */
  public static Double number(JsonObject object, String... keys) {
    return figure(LenientFields.number(object, keys));
  }

  /** {@code value * unit} (MH/s to H/s: {@link #MEGA}) when that is a figure; else null. */
  public static Double scaled(Double value, double unit) {
    return value == null ? null : figure(value * unit);
  }

  /** The first of {@code keys} present as a number, times {@code unit}, when a figure. */
  public static Double scaled(JsonObject object, double unit, String... keys) {
    return scaled(LenientFields.number(object, keys), unit);
  }

  /** The first of {@code keys} present as a whole number >= 0 (a fraction cut); else null. */
  public static Long count(JsonObject object, String... keys) {
    Long value = LenientFields.whole(object, keys);
    return value == null || value < 0 ? null : value;
  }

  /** A {@link #count} that fits an int (chips, fan speeds); else null. */
  public static Integer smallCount(JsonObject object, String... keys) {
    Long value = count(object, keys);
    return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
  }

  /** The first of {@code keys} present as non-blank text, cut to the reading's bound. */
  public static String text(JsonObject object, String... keys) {
    return clip(LenientFields.text(object, keys));
  }

  /** {@code text} cut to the reading's bound. */
  public static String clip(String text) {
    return text == null || text.length() <= Limits.MAX_TEXT
        ? text
        : text.substring(0, Limits.MAX_TEXT);
  }

  /** Joules per terahash, when both figures are known and the miner hashes. */
  public static Double efficiency(Double powerW, Double hashrateHs) {
    if (powerW == null || hashrateHs == null || hashrateHs <= 0) {
      return null;
    }
    return figure(powerW / (hashrateHs / TERA));
  }

  /** The first {@code max} items of {@code list}. */
  public static <T> List<T> first(List<T> list, int max) {
    return list.size() <= max ? list : list.subList(0, max);
  }

  /** {@code list} cut to {@code max} items, saying so among {@code errors} when it was longer. */
  public static <T> List<T> bounded(List<T> list, int max, String name, List<String> errors) {
    if (list.size() <= max) {
      return list;
    }
    errors.add(
        "the miner reported " + list.size() + " " + name + "; the first " + max + " are kept");
    return list.subList(0, max);
  }
}
