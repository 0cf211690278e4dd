package io.hashwatch.protocols.miner.antminer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Antminer model as its firmware names it in the {@code Type} field ("Antminer S19 Pro"), and
 * what the series letter says: the algorithm and the unit of the figures bmminer labels "GHS".
 * Before firmware gave {@code rate_unit}, every model wrote its hashrate under "GHS 5s" in its own
 * coin's unit: an L3+ writes 504.56 for 504 MH/s, a Z11 141.54 for 141 kSol/s, a B3 H/s (the
 * multipliers of foreman-apps' AntminerType; the makers' ratings of these models agree).
 *
 * @param name the model, without the firmware marks some builds append ("Antminer S9 Hiveon",
 *     "Antminer D3 Blissz v2.06 beta", "Antminer S9\nV1.3.58" all name an S9 or a D3)
 * @param algorithm what the series mines, or null for a series not known here
 * @param legacyUnitHs hashes per second of one unit of a "GHS" figure when no {@code rate_unit} is
 *     given
 */
record AntminerModel(String name, String algorithm, double legacyUnitHs) {
  private static final Pattern SERIES = Pattern.compile("^(KS|KA|HS|DR|[STRVLDEZBK])\\d");
  private static final Pattern FIRMWARE_MARK =
      Pattern.compile("(?i)hiveon|blissz|vnish|asicseer|braiins|luxos|mskminer");
  private static final double GH = 1e9;
  private static final double MH = 1e6;

  /** The model a {@code Type} names, or null when there is none. */
  static AntminerModel fromType(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    String firstLine = type.strip().lines().findFirst().orElse("");
    int bracket = firstLine.indexOf('(');
    String[] words = (bracket >= 0 ? firstLine.substring(0, bracket) : firstLine).split("\\s+");
    List<String> kept = new ArrayList<>();
    for (String word : words) {
      if (kept.size() >= 2 && FIRMWARE_MARK.matcher(word).lookingAt()) {
        break;
      }
      if (!word.isEmpty()) {
        kept.add(word);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    String name = String.join(" ", kept);
    boolean antminer = kept.get(0).equalsIgnoreCase("antminer") && kept.size() > 1;
    Matcher series = SERIES.matcher(antminer ? kept.get(1).toUpperCase(Locale.ROOT) : "");
    return series.find()
        ? new AntminerModel(name, algorithmOf(series.group(1)), unitOf(series.group(1)))
        : new AntminerModel(name, null, GH);
  }

  /** Hashes per second of one unit of a rate figure, given the reply's {@code rate_unit}. */
  double unitHs(String rateUnit) {
    if (rateUnit == null) {
      return legacyUnitHs;
    }
    String unit = rateUnit.strip().toUpperCase(Locale.ROOT);
    if (unit.endsWith("/S")) {
      unit = unit.substring(0, unit.length() - 2);
    }
    return switch (unit) {
      case "H" -> 1;
      case "KH" -> 1e3;
      case "MH" -> MH;
      case "GH" -> GH;
      case "TH" -> 1e12;
      case "PH" -> 1e15;
      default -> legacyUnitHs;
    };
  }

  /** The unit of rate figures of a reply whose model is unknown: GH/s unless it says. */
  static double unitHs(AntminerModel model, String rateUnit) {
    return (model == null ? new AntminerModel("", null, GH) : model).unitHs(rateUnit);
  }

  private static String algorithmOf(String series) {
    return switch (series) {
      case "S", "T", "R", "V" -> "SHA256";
      case "L" -> "Scrypt";
      case "D" -> "X11";
      case "E" -> "Ethash";
      case "Z" -> "Equihash";
      case "B" -> "Tensority";
      case "K" -> "Eaglesong";
      case "KS" -> "kHeavyHash";
      case "KA" -> "Blake2s";
      case "HS" -> "Handshake";
      case "DR" -> "Blake256R14";
      default -> null;
    };
  }

  private static double unitOf(String series) {
    return switch (series) {
      case "L", "D", "E" -> MH;
      case "Z" -> 1e3;
      case "B" -> 1;
      default -> GH;
    };
  }
}
