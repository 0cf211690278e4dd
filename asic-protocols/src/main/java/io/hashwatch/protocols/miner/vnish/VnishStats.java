package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.reading.Board;
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
    String type = VnishFigures.text(identity, "Type");
    if (type == null) {
      return null;
    }
    int note = type.indexOf(" (");
    return note < 0 ? type : type.substring(0, note);
  }

  /** The VNish version from the type's note ({@code 1.2.7}). */
  String firmwareVersion() {
    String type = VnishFigures.text(identity, "Type");
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
      Double boardTemp = VnishFigures.hottest(figures, "temp_pcb" + n);
      Double chipTemp = VnishFigures.hottest(figures, "temp_chip" + n);
      boards.add(
          new Board(
              boards.size(),
              VnishFigures.gigahashes(figures, "chain_rate" + n),
              boardTemp != null ? boardTemp : VnishFigures.positiveOrZero(figures, "temp" + n),
              chipTemp != null ? chipTemp : VnishFigures.positiveOrZero(figures, "temp2_" + n),
              VnishFigures.smallCount(figures, "chain_acn" + n),
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
      Double watts = VnishFigures.positiveOrZero(figures, "chain_consumption" + n);
      if (watts == null) {
        return null;
      }
      sum += watts;
      any = true;
    }
    return any ? VnishFigures.finite(sum) : null;
  }

  /** Whether chain {@code n} is fitted: an absent chain has no rate ("") and no chips. */
  private boolean hasChain(int n) {
    return VnishFigures.gigahashes(figures, "chain_rate" + n) != null
        || VnishFigures.smallCount(figures, "chain_acn" + n) != null;
  }

  List<Integer> fansRpm() {
    List<Integer> rpms = new ArrayList<>();
    if (figures == null) {
      return rpms;
    }
    Integer count = VnishFigures.smallCount(figures, "fan_num");
    int fans = count == null ? Limits.MAX_FANS : Math.min(count, Limits.MAX_FANS);
    for (int n = 1; n <= fans; n++) {
      Integer rpm = VnishFigures.smallCount(figures, "fan" + n);
      if (rpm != null) {
        rpms.add(rpm);
      }
    }
    return rpms;
  }

  /** The hashrate VNish expects at the current preset, H/s. */
  Double expectedHashrateHs() {
    return VnishFigures.gigahashes(figures, "total_rateideal");
  }

  Long uptimeS() {
    return VnishFigures.count(figures, "Elapsed");
  }
}
