package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Limits;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The fans in a bmminer STATS entry: {@code fan1} to {@code fan<n>}, where firmware lists more
 * slots than the machine has fans (8 on an S9 whose two fans sit in slots 5 and 6, 16 on X17) and
 * writes 0 in the empty ones. Slots reading 0 are left out, first ones first, only while there are
 * more slots than fans: the model data's fan count, else the miner's own {@code fan_num}. So a
 * stopped fan of a model known to have it is reported as 0 RPM, and an empty slot never is.
 */
final class StatsFans {

  private StatsFans() {}

  static List<Integer> fans(JsonObject stats, Integer modelFans) {
    List<Integer> slots = new ArrayList<>();
    for (int n = 1; n <= StatsChains.MAX_SLOTS && stats.containsKey("fan" + n); n++) {
      Long rpm = LenientFields.whole(stats, "fan" + n);
      if (rpm != null && rpm >= 0 && rpm <= Integer.MAX_VALUE) {
        slots.add(rpm.intValue());
      }
    }
    int fans = modelFans != null ? modelFans : fanNum(stats);
    int surplus = slots.size() - fans;
    List<Integer> kept = new ArrayList<>();
    for (Integer rpm : slots) {
      if (rpm == 0 && surplus > 0) {
        surplus--;
      } else {
        kept.add(rpm);
      }
    }
    return kept.size() > Limits.MAX_FANS ? kept.subList(0, Limits.MAX_FANS) : kept;
  }

  private static int fanNum(JsonObject stats) {
    Long fanNum = LenientFields.whole(stats, "fan_num");
    return fanNum == null || fanNum < 0 ? 0 : (int) Math.min(fanNum, Limits.MAX_FANS);
  }
}
