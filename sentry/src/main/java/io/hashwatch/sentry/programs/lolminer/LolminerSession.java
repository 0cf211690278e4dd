package io.hashwatch.sentry.programs.lolminer;

import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DeviceFigures;
import io.hashwatch.sentry.programs.http.DeviceTally;
import io.hashwatch.sentry.programs.http.JsonParts;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * lolMiner 0.5 to 1.1: {@code Session} (uptime, {@code Performance_Summary} in {@code
 * Performance_Unit}, accepted and submitted shares, total power), {@code Mining} (algorithm),
 * {@code Stratum} (pool) and {@code GPUs} with their {@code PCIE_Address} ({@code bus:device},
 * decimal). Rejected shares are the submitted ones not accepted, as HiveOS counts them.
 */
final class LolminerSession {

  private LolminerSession() {}

  static Reading read(JsonObject reply) {
    List<String> errors = new ArrayList<>();
    JsonObject session = JsonParts.object(reply, "Session");
    JsonObject stratum = JsonParts.object(reply, "Stratum");
    Double unit = LolminerReading.unit(JsonParts.text(session, "Performance_Unit"), errors);
    DeviceTally tally = new DeviceTally();
    List<JsonObject> gpus = JsonParts.objects(reply.get("GPUs"));
    for (int position = 0; position < gpus.size(); position++) {
      JsonObject gpu = gpus.get(position);
      tally.add(
          DeviceFigures.index(gpu, position, "Index"),
          unit == null ? null : Figures.scaled(gpu, unit, "Performance"),
          DeviceFigures.temperature(gpu, "Temp (deg C)", "Temps (deg C)"),
          DeviceFigures.busOfAddress(gpu, "PCIE_Address"),
          DeviceFigures.power(gpu, "Consumption (W)"));
      tally.addErrors(Figures.count(gpu, "Session_HWErr"));
    }
    tally.noteDropped(errors);
    Double totalPower = DeviceFigures.power(session, "TotalPower");
    Long accepted = Figures.count(session, "Accepted");
    return LolminerReading.base(
            reply, JsonParts.text(stratum, "Current_Pool"), JsonParts.text(stratum, "Current_User"))
        .algorithm(JsonParts.text(JsonParts.object(reply, "Mining"), "Algorithm"))
        .hashrateHs(unit == null ? null : Figures.scaled(session, unit, "Performance_Summary"))
        .boards(tally.boards())
        .powerW(totalPower != null ? totalPower : tally.powerW())
        .accepted(accepted)
        .rejected(DeviceTally.difference(Figures.count(session, "Submitted"), accepted))
        .hardwareErrors(tally.errors())
        .uptimeS(Figures.count(session, "Uptime"))
        .errors(errors)
        .build();
  }
}
