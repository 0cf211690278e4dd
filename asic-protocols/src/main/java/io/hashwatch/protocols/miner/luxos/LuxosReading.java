package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.cgminer.CgminerPools;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.model.ModelSpec;
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
    List<JsonObject> devs = LuxosReplies.entries(usable.get("devs"), "DEVS");
    if (summary == null && devs.isEmpty()) {
      return new Rejected(errors);
    }
    JsonObject version = LuxosReplies.first(usable.get("version"), "VERSION");
    JsonObject chains = chains(usable.get("stats"));
    String model = clip(firstText(version, chains, "Type"));
    String make =
        model != null && model.toLowerCase(Locale.ROOT).startsWith("antminer") ? "Bitmain" : null;
    Optional<ModelSpec> spec = ModelCatalog.standard().find(make, model);
    Double hashrate = scaled(LenientFields.number(summary, "GHS 5s"), 1e9);
    Double power =
        positive(LenientFields.number(LuxosReplies.first(usable.get("power"), "POWER"), "Watts"));
    return Reading.builder()
        .make(make)
        .model(model)
        .firmware(LuxosDriver.FIRMWARE)
        .firmwareVersion(clip(LenientFields.text(version, "LUXminer", "Miner")))
        .algorithm(spec.map(ModelSpec::algorithm).orElse("SHA256"))
        .hashrateHs(hashrate)
        .hashrateAvgHs(scaled(LenientFields.number(summary, "GHS av"), 1e9))
        .expectedHashrateHs(expected(devs, chains, spec))
        .boards(
            LuxosReplies.bounded(
                LuxosBoards.of(
                    devs,
                    chains,
                    LuxosReplies.entries(usable.get("temps"), "TEMPS"),
                    spec.map(ModelSpec::chipsPerBoard).orElse(null)),
                Limits.MAX_BOARDS,
                "boards",
                errors))
        .fansRpm(
            LuxosReplies.bounded(fans(usable.get("fans"), chains), Limits.MAX_FANS, "fans", errors))
        .powerW(power)
        .efficiencyJth(
            power == null || hashrate == null || hashrate <= 0
                ? null
                : positive(power / (hashrate / 1e12)))
        .pools(
            LuxosReplies.bounded(
                CgminerPools.from(usable.get("pools")), Limits.MAX_POOLS, "pools", errors))
        .accepted(count(summary, "Accepted"))
        .rejected(count(summary, "Rejected"))
        .hardwareErrors(count(summary, "Hardware Errors"))
        .uptimeS(count(summary, "Elapsed"))
        .errors(LuxosReplies.bounded(errors, Limits.MAX_ERRORS, "errors", new ArrayList<>()))
        .build();
  }

  /** Nominal MHS of the boards' profile, else the stats' ideal rate, else the model's. */
  private static Double expected(
      List<JsonObject> devs, JsonObject chains, Optional<ModelSpec> spec) {
    Double nominal = null;
    for (JsonObject dev : devs) {
      Double board = positive(LenientFields.number(dev, "Nominal MHS"));
      if (board != null) {
        nominal = (nominal == null ? 0 : nominal) + board * 1e6;
      }
    }
    if (positive(nominal) != null) {
      return nominal;
    }
    String unit = LenientFields.text(chains, "rate_unit");
    Double ideal =
        scaled(
            LenientFields.number(chains, "total_rateideal"),
            "MH".equals(unit) ? 1e6 : "TH".equals(unit) ? 1e12 : 1e9);
    return ideal != null ? ideal : spec.map(ModelSpec::nominalHashrateHs).orElse(null);
  }

  /** Each fan's RPM by fan ID from {@code fans}, else {@code fan1..fan_num} of the stats. */
  private static List<Integer> fans(JsonObject fans, JsonObject chains) {
    List<JsonObject> entries = new ArrayList<>(LuxosReplies.entries(fans, "FANS"));
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
    return LuxosReplies.entries(stats, "STATS").stream()
        .filter(entry -> entry.containsKey("chain_acn1") || entry.containsKey("Elapsed"))
        .findFirst()
        .orElse(null);
  }

  private static String firstText(JsonObject version, JsonObject chains, String key) {
    String text = LenientFields.text(version, key);
    return text != null ? text : LenientFields.text(chains, key);
  }

  /** Text cut to the reading's bound. */
  private static String clip(String text) {
    return text == null || text.length() <= Limits.MAX_TEXT
        ? text
        : text.substring(0, Limits.MAX_TEXT);
  }

  /** {@code value * unit} when that is a figure: finite and >= 0; else null. */
  static Double scaled(Double value, double unit) {
    return positive(value == null ? null : value * unit);
  }

  private static Double positive(Double value) {
    return value == null || !Double.isFinite(value) || value < 0 ? null : value;
  }

  private static Long count(JsonObject object, String key) {
    Long value = LenientFields.whole(object, key);
    return value == null || value < 0 ? null : value;
  }
}
