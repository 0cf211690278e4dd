package io.hashwatch.sentry.programs.lolminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DeviceFigures;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.HashUnits;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * lolMiner 1.2 and later: {@code Workers} (the GPUs: {@code Index}, {@code Power}, {@code
 * Core_Temp}, {@code PCIE_Address}) and {@code Algorithms}, one per algorithm mined (two when dual
 * mining), each with its pool, shares and performances ({@code Total_Performance} and {@code
 * Worker_Performance[Index]} in {@code Performance_Unit}, {@code Performance_Factor} H/s each). The
 * reading is the first algorithm's, the one lolMiner mines primarily.
 */
final class LolminerAlgorithms {

  private LolminerAlgorithms() {}

  static Reading read(JsonObject reply) {
    List<String> errors = new ArrayList<>();
    List<JsonObject> algorithms = JsonParts.objects(reply.get("Algorithms"));
    JsonObject primary = algorithms.isEmpty() ? null : algorithms.get(0);
    Double unit = unit(primary, errors);
    JsonArray performances = JsonParts.array(primary, "Worker_Performance");
    DeviceTally tally = new DeviceTally();
    List<JsonObject> workers = JsonParts.objects(reply.get("Workers"));
    for (int position = 0; position < workers.size(); position++) {
      JsonObject worker = workers.get(position);
      int index = DeviceFigures.index(worker, position, "Index");
      tally.add(
          index,
          unit == null ? null : Figures.scaled(JsonParts.number(performances, index), unit),
          DeviceFigures.temperature(worker, "Core_Temp"),
          DeviceFigures.busOfAddress(worker, "PCIE_Address"),
          DeviceFigures.power(worker, "Power"));
    }
    tally.noteDropped(errors);
    return LolminerReading.base(
            reply, JsonParts.text(primary, "Pool"), JsonParts.text(primary, "User"))
        .algorithm(JsonParts.text(primary, "Algorithm"))
        .hashrateHs(unit == null ? null : Figures.scaled(primary, unit, "Total_Performance"))
        .boards(tally.boards())
        .powerW(tally.powerW())
        .accepted(Figures.count(primary, "Total_Accepted"))
        .rejected(Figures.count(primary, "Total_Rejected"))
        .stale(Figures.count(primary, "Total_Stales"))
        .hardwareErrors(Figures.count(primary, "Total_Errors"))
        .uptimeS(Figures.count(JsonParts.object(reply, "Session"), "Uptime"))
        .errors(errors)
        .build();
  }

  /**
   * H/s per unit of the performances: the unit's own when it is one this knows, else lolMiner's
   * {@code Performance_Factor}; null, said among the errors, when neither is known.
   */
  private static Double unit(JsonObject algorithm, List<String> errors) {
    if (algorithm == null) {
      return null;
    }
    String name = LenientFields.text(algorithm, "Performance_Unit");
    Double perUnit = HashUnits.perUnit(name);
    if (perUnit != null) {
      return perUnit;
    }
    Double factor = Figures.number(algorithm, "Performance_Factor");
    if (factor != null && factor > 0) {
      return factor;
    }
    errors.add("lolMiner's performance unit \"" + name + "\" is unknown: hashrates left out");
    return null;
  }
}
