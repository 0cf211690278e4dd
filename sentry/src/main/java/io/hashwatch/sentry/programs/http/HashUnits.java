package io.hashwatch.sentry.programs.http;

import io.hashwatch.protocols.json.LenientFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashrate units as miner programs write them, to H/s. A solution (Sol/s, Equihash) and a graph
 * (G/s, Cuckoo) count as one hash, as every mining dashboard counts them; {@code G/s} is graphs,
 * {@code GH/s} giga-hashes.
 */
public final class HashUnits {
  private static final Pattern UNIT =
      Pattern.compile("([kmgtp]?)(h|hash|hashes|sol|sols|g|graph|graphs)(/s|ps)?");
  private static final Pattern PREFIX_ONLY = Pattern.compile("([kmgtp])(h(/s)?)?");

  private HashUnits() {}

  /**
   * H/s per one {@code unit}: {@code "H/s"} 1, {@code "kH/s"} 1e3, {@code "Mh/s"} 1e6, {@code
   * "sol/s"} and {@code "g/s"} 1; {@code null} for a unit this does not know, so that a figure in
   * an unknown unit is never taken for H/s.
   */
  public static Double perUnit(String unit) {
    if (unit == null) {
      return null;
    }
    String text = unit.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    Matcher matcher = UNIT.matcher(text);
    if (!matcher.matches()) {
      return null;
    }
    boolean graphs = matcher.group(2).startsWith("g");
    if (graphs && !matcher.group(1).isEmpty()) {
      return null; // "kg/s": no program writes it, and a guess could be off by a thousand
    }
    return prefix(matcher.group(1));
  }

  /**
   * A figure with its unit in one text, as NBMiner writes it: {@code "23.0 M"} is 23e6 H/s, {@code
   * "1.2 kH/s"} 1200, {@code "2989"} 2989; {@code null} when unreadable or in an unknown unit.
   */
  public static Double withUnit(String text) {
    Double number = LenientFields.parse(text);
    if (number == null) {
      return null;
    }
    String rest = text.strip().replaceFirst("^[-+0-9.eE]+", "").strip().toLowerCase(Locale.ROOT);
    if (rest.isEmpty()) {
      return number;
    }
    Matcher prefixOnly = PREFIX_ONLY.matcher(rest);
    Double unit =
        prefixOnly.matches() ? Double.valueOf(prefix(prefixOnly.group(1))) : perUnit(rest);
    return unit == null ? null : number * unit;
  }

  /**
   * The longest window that has a figure above 0, longest first: programs write 0 for a window not
   * filled yet (T-Rex's hour in its first hour). When none is above 0 the shortest known is the
   * figure, so that a program at 0 H/s reads 0.
   */
  public static Double longestWindow(Double... longestFirst) {
    Double shortest = null;
    for (Double window : longestFirst) {
      if (window != null && window > 0) {
        return window;
      }
      shortest = window != null ? window : shortest;
    }
    return shortest;
  }

  private static double prefix(String letter) {
    return switch (letter) {
      case "k" -> 1e3;
      case "m" -> 1e6;
      case "g" -> 1e9;
      case "t" -> 1e12;
      case "p" -> 1e15;
      default -> 1;
    };
  }
}
