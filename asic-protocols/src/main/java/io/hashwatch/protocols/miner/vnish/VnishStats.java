package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code stats} reply of VNish: Bitmain's layout with more in it. The first entry names the
 * miner ({@code "Type":"Antminer S21 Pro (Vnish 1.2.7)"}); the second holds numbered figures per
 * chain: {@code chain_rateN} (GH/s), {@code temp_pcbN} and {@code temp_chipN} (dash-joined
 * sensors), {@code chain_acnN} (chips), {@code chain_consumptionN} (W), then {@code fanN} and
 * {@code total_rateideal}.
 */
final class VnishStats {
  private static final int MAX_CHAINS = 16;
  private static final Pattern VERSION = Pattern.compile("\\(vnish ([^)]+)\\)");

  private final JsonObject identity;
  private final JsonObject figures;

  VnishStats(List<JsonObject> rows) {
    identity = rows.stream().filter(row -> row.containsKey("Type")).findFirst().orElse(null);
    figures =
        rows.stream()
            .filter(row -> row.containsKey("chain_rate1") || row.containsKey("fan_num"))
            .findFirst()
            .orElse(null);
  }

  /** The model without the firmware's note: {@code Antminer S21 Pro}. */
  String model() {
    String type = Figures.text(identity, "Type");
    if (type == null) {
      return null;
    }
    int note = type.indexOf(" (");
    return note < 0 ? type : type.substring(0, note);
  }

  /** The VNish version from the type's note ({@code 1.2.7}). */
  String firmwareVersion() {
    String type = Figures.text(identity, "Type");
    if (type == null) {
      return null;
    }
    Matcher version = VERSION.matcher(type.toLowerCase(Locale.ROOT));
    return version.find() ? version.group(1).strip() : null;
  }

  /** Each chain that reports a rate or chips, in its number's order. */
  List<Board> boards(Integer expectedChips) {
    List<Board> boards = new ArrayList<>();
    if (figures == null) {
      return boards;
    }
    for (int n = 1; n <= MAX_CHAINS && boards.size() < Limits.MAX_BOARDS; n++) {
      if (!hasChain(n)) {
        continue;
      }
      Double boardTemp = hottest(figures, "temp_pcb" + n);
      Double chipTemp = hottest(figures, "temp_chip" + n);
      boards.add(
          new Board(
              boards.size(),
              Figures.scaled(figures, Figures.GIGA, "chain_rate" + n),
              boardTemp != null ? boardTemp : Figures.number(figures, "temp" + n),
              chipTemp != null ? chipTemp : Figures.number(figures, "temp2_" + n),
              Figures.smallCount(figures, "chain_acn" + n),
              expectedChips));
    }
    return boards;
  }

  /** The power of the chains, when every chain states it. */
  Double powerW() {
    double sum = 0;
    boolean any = false;
    for (int n = 1; n <= MAX_CHAINS && figures != null; n++) {
      if (!hasChain(n)) {
        continue;
      }
      Double watts = Figures.number(figures, "chain_consumption" + n);
      if (watts == null) {
        return null;
      }
      sum += watts;
      any = true;
    }
    return any ? Figures.figure(sum) : null;
  }

  /** Whether chain {@code n} is fitted: an absent chain has no rate ("") and no chips. */
  private boolean hasChain(int n) {
    return Figures.scaled(figures, Figures.GIGA, "chain_rate" + n) != null
        || Figures.smallCount(figures, "chain_acn" + n) != null;
  }

  List<Integer> fansRpm() {
    List<Integer> rpms = new ArrayList<>();
    if (figures == null) {
      return rpms;
    }
    Integer count = Figures.smallCount(figures, "fan_num");
    int fans = count == null ? Limits.MAX_FANS : Math.min(count, Limits.MAX_FANS);
    for (int n = 1; n <= fans; n++) {
      Integer rpm = Figures.smallCount(figures, "fan" + n);
      if (rpm != null) {
        rpms.add(rpm);
      }
    }
    return rpms;
  }

  /** The hashrate VNish expects at the current preset, H/s. */
  Double expectedHashrateHs() {
    return Figures.scaled(figures, Figures.GIGA, "total_rateideal");
  }

  Long uptimeS() {
    return Figures.count(figures, "Elapsed");
  }

  /** The hottest of a dash-joined list of sensor readings ({@code "65-55-65-65"}); else null. */
  private static Double hottest(JsonObject row, String key) {
    String readings = LenientFields.text(row, key);
    if (readings == null) {
      return null;
    }
    Double hottest = null;
    for (String reading : readings.split("-")) {
      Double value = LenientFields.parse(reading);
      if (value != null && value > 0 && (hottest == null || value > hottest)) {
        hottest = value;
      }
    }
    return hottest;
  }
}
