package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.cgminer.CgminerPools;
import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reading of a LuxOS miner from its replies, a pure function tested on recorded replies.
 * Hashrates are in GH/s in the summary and MH/s in {@code devs}; the expected hashrate is the sum
 * of the boards' {@code Nominal MHS} for the running profile; power is LuxOS's own estimate ({@code
 * power}).
 */
final class LuxosReading {
  static final List<String> COMMANDS =
      List.of("version", "summary", "pools", "stats", "devs", "fans", "temps", "power");

  private LuxosReading() {}

  static PollResult from(Map<String, JsonObject> replies) {
    List<String> errors = new ArrayList<>();
    Map<String, JsonObject> usable = LuxosReplies.usable(replies, COMMANDS, errors);
    JsonObject summary = LuxosReplies.first(usable.get("summary"), "SUMMARY");
    List<JsonObject> devs = CgminerRows.objects(usable.get("devs"), "DEVS");
    if (summary == null && devs.isEmpty()) {
      return new Rejected(errors);
    }
    JsonObject version = LuxosReplies.first(usable.get("version"), "VERSION");
    JsonObject chains = chains(usable.get("stats"));
    String model = Figures.clip(firstText(version, chains, "Type"));
    String make =
        model != null && model.toLowerCase(Locale.ROOT).startsWith("antminer") ? "Bitmain" : null;
    Optional<ModelSpec> spec = ModelCatalog.standard().find(make, model);
    Double hashrate = Figures.scaled(summary, Figures.GIGA, "GHS 5s");
    Double power = Figures.number(LuxosReplies.first(usable.get("power"), "POWER"), "Watts");
    return Reading.builder()
        .make(make)
        .model(model)
        .firmware(LuxosDriver.FIRMWARE)
        .firmwareVersion(Figures.clip(LenientFields.text(version, "LUXminer", "Miner")))
        .algorithm(spec.map(ModelSpec::algorithm).orElse("SHA256"))
        .hashrateHs(hashrate)
        .hashrateAvgHs(Figures.scaled(summary, Figures.GIGA, "GHS av"))
        .expectedHashrateHs(expected(devs, chains, spec))
        .boards(
            Figures.bounded(
                LuxosBoards.of(
                    devs,
                    chains,
                    CgminerRows.objects(usable.get("temps"), "TEMPS"),
                    spec.map(ModelSpec::chipsPerBoard).orElse(null)),
                Limits.MAX_BOARDS,
                "boards",
                errors))
        .fansRpm(Figures.bounded(fans(usable.get("fans"), chains), Limits.MAX_FANS, "fans", errors))
        .powerW(power)
        .efficiencyJth(Figures.efficiency(power, hashrate))
        .pools(
            Figures.bounded(
                CgminerPools.from(usable.get("pools")), Limits.MAX_POOLS, "pools", errors))
        .accepted(Figures.count(summary, "Accepted"))
        .rejected(Figures.count(summary, "Rejected"))
        .hardwareErrors(Figures.count(summary, "Hardware Errors"))
        .uptimeS(Figures.count(summary, "Elapsed"))
        .errors(Figures.bounded(errors, Limits.MAX_ERRORS, "errors", new ArrayList<>()))
        .build();
  }

  /** Nominal MHS of the boards' profile, else the stats' ideal rate, else the model's. */
  private static Double expected(
      List<JsonObject> devs, JsonObject chains, Optional<ModelSpec> spec) {
    Double nominal = null;
    for (JsonObject dev : devs) {
      Double board = Figures.number(dev, "Nominal MHS");
      if (board != null) {
        nominal = (nominal == null ? 0 : nominal) + board * 1e6;
      }
    }
    if (Figures.figure(nominal) != null) {
      return nominal;
    }
    String unit = LenientFields.text(chains, "rate_unit");
    Double ideal =
        Figures.scaled(
            LenientFields.number(chains, "total_rateideal"),
            "MH".equals(unit) ? Figures.MEGA : "TH".equals(unit) ? Figures.TERA : Figures.GIGA);
    return ideal != null ? ideal : spec.map(ModelSpec::nominalHashrateHs).orElse(null);
  }

  /** Each fan's RPM by fan ID from {@code fans}, else {@code fan1..fan_num} of the stats. */
  private static List<Integer> fans(JsonObject fans, JsonObject chains) {
    List<JsonObject> entries = new ArrayList<>(CgminerRows.objects(fans, "FANS"));
    entries.sort(
        Comparator.comparing(
            fan -> LenientFields.number(fan, "ID"),
            Comparator.nullsLast(Comparator.naturalOrder())));
    List<Integer> rpms = new ArrayList<>();
    for (JsonObject fan : entries) {
      Double rpm = LenientFields.number(fan, "RPM");
      if (rpm != null && rpm >= 0 && rpm <= Integer.MAX_VALUE) {
        rpms.add((int) Math.round(rpm));
      }
    }
    if (!rpms.isEmpty()) {
      return rpms;
    }
    Long count = LenientFields.whole(chains, "fan_num");
    for (int i = 1; count != null && i <= Math.min(count, Limits.MAX_FANS); i++) {
      Double rpm = LenientFields.number(chains, "fan" + i);
      if (rpm != null && rpm >= 0 && rpm <= Integer.MAX_VALUE) {
        rpms.add((int) Math.round(rpm));
      }
    }
    return rpms;
  }

  /** The stats entry of the chains (the one after {@code {"Type":...}}), or null. */
  private static JsonObject chains(JsonObject stats) {
    return CgminerRows.objects(stats, "STATS").stream()
        .filter(entry -> entry.containsKey("chain_acn1") || entry.containsKey("Elapsed"))
        .findFirst()
        .orElse(null);
  }

  private static String firstText(JsonObject version, JsonObject chains, String key) {
    String text = LenientFields.text(version, key);
    return text != null ? text : LenientFields.text(chains, key);
  }
}
