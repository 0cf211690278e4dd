package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.json.LenientFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an Avalon {@code stats} (or {@code estats}) reply holds: one {@link MmStats} per miner
 * module ({@code "MM ID0"}, or {@code "MM ID0:Summary"} on Avalon Q and later; an AUC controller of
 * the 7xx/8xx series drives several modules, {@code "MM ID1"} to {@code "MM ID5"}, in several STATS
 * entries), and the per-board sections of {@code HBinfo} ({@code 'HB0':{PVT_T0[...] ...}}) where
 * newer firmware moved the chip figures.
 *
 * @param modules the modules in the order the miner lists them
 * @param boardInfo the HBinfo sections by name ({@code HB0}, {@code HB1} ...); empty when absent
 * @param elapsed the {@code Elapsed} of the first STATS entry, seconds the miner program has run
 */
record AvalonStats(List<MmStats> modules, Map<String, MmStats> boardInfo, Long elapsed) {

  AvalonStats {
    modules = List.copyOf(modules);
    boardInfo = Map.copyOf(boardInfo);
  }

  /** The modules of a {@code stats} reply; none when {@code stats} is null. */
  static AvalonStats from(JsonObject stats) {
    List<MmStats> modules = new ArrayList<>();
    Map<String, MmStats> boardInfo = Map.of();
    Long elapsed = null;
    for (JsonObject entry : CgminerRows.objects(stats, "STATS")) {
      if (elapsed == null) {
        elapsed = LenientFields.whole(entry, "Elapsed");
      }
      for (Map.Entry<String, JsonValue> field : entry.entrySet()) {
        if (field.getKey().startsWith("MM ID") && field.getValue() instanceof JsonString text) {
          modules.add(MmStats.parse(text.getString()));
        } else if (field.getKey().equals("HBinfo") && field.getValue() instanceof JsonString text) {
          boardInfo = MmStats.sections(text.getString());
        }
      }
    }
    return new AvalonStats(modules, boardInfo, elapsed);
  }

  /**
   * Whether the miner is one module with per-board figures ({@code MGHS}, {@code MTmax} ...), as
   * from the 10xx series on; the older AUC controllers give figures per module only.
   */
  boolean perBoard() {
    return modules.size() == 1
        && (modules.get(0).has("MGHS") || modules.get(0).has("MTmax") || !boardInfo.isEmpty());
  }

  /**
   * The power drawn, summed over the modules: {@code WALLPOWER} where the firmware gives it (Avalon
   * Q and later), else the power the PSU reports in {@code PS[err Vin Vout Iout Pout ...]}. Its
   * fifth field is the PSU's output power ({@code Vout * Iout}: 13.15 V * 174 A = 2288 W in the
   * 10xx capture, whose {@code HS_RCD} records name it {@code P_P}), the nearest to wall power the
   * older firmware reports. A PSU that reports no input voltage is not talking to the controller
   * ({@code PS[0 0 0 0 0 0]} beside {@code POW_I2C[FAILED]}): its zeros are unknown, not 0 W.
   */
  Double powerW() {
    Double sum = null;
    for (MmStats module : modules) {
      Double watts = module.number("WALLPOWER");
      List<Double> psu = module.numbers("PS");
      if (watts == null && psu.size() >= 5 && psu.get(1) > 0) {
        watts = psu.get(4);
      }
      if (watts != null && watts >= 0) {
        sum = sum == null ? watts : sum + watts;
      }
    }
    return sum;
  }

  /** The sum over the modules of a one-number token, or null when no module has it. */
  Double sum(String key) {
    Double sum = null;
    for (MmStats module : modules) {
      Double value = module.number(key);
      if (value != null) {
        sum = sum == null ? value : sum + value;
      }
    }
    return sum;
  }
}
