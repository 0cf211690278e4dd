package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.cgminer.CgminerPools;
import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Turns VNish's cgminer replies into a reading: {@code summary} for hashrate, shares and uptime,
 * {@code pools}, and {@code stats} for the model, firmware version, boards, fans, power and the
 * expected hashrate. VNish's stats carry everything its web summary shows (power, chip
 * temperatures, model: the same figures on the recorded S21 Pro), so a poll needs no HTTP call and
 * no unlock. A pure function of the replies.
 */
public final class VnishReading {
  /** The commands one poll sends, joined as {@code summary+pools+stats}. */
  public static final List<String> COMMANDS = List.of("summary", "pools", "stats");

  private VnishReading() {}

  /**
   * The reading the replies give; {@link Rejected} when the miner refused even its summary, {@link
   * NoData} when its summary is empty (a miner still starting).
   *
   * @param replies the reply to each of {@link #COMMANDS}, by command
   * @param specs the model data for a make and model (ModelCatalog.standard()::find)
   */
  public static PollResult read(
      Map<String, JsonObject> replies, BiFunction<String, String, Optional<ModelSpec>> specs) {
    List<String> errors = new ArrayList<>();
    List<JsonObject> summaries =
        CgminerRows.rows(replies.get("summary"), "summary", "SUMMARY", errors);
    if (summaries.isEmpty()) {
      return errors.isEmpty()
          ? NoData.because("summary: the miner has nothing to report yet")
          : new Rejected(errors);
    }
    JsonObject summary = summaries.get(0);
    VnishStats stats =
        new VnishStats(CgminerRows.rows(replies.get("stats"), "stats", "STATS", errors));
    String model = stats.model();
    String make = model != null && model.startsWith("Antminer") ? "Bitmain" : null;
    Optional<ModelSpec> spec = specs.apply(make, model);
    Double hashrate = Figures.scaled(summary, Figures.GIGA, "GHS 5s", "GHS av");
    Double power = stats.powerW();
    Double expected = stats.expectedHashrateHs();
    Long uptime = Figures.count(summary, "Elapsed");
    return Reading.builder()
        .make(make)
        .model(model)
        .firmware(VnishDriver.FIRMWARE)
        .firmwareVersion(stats.firmwareVersion())
        .algorithm(spec.map(ModelSpec::algorithm).orElse(null))
        .hashrateHs(hashrate)
        .hashrateAvgHs(Figures.scaled(summary, Figures.GIGA, "GHS av"))
        .expectedHashrateHs(
            expected != null ? expected : spec.map(ModelSpec::nominalHashrateHs).orElse(null))
        .boards(stats.boards(spec.map(ModelSpec::chipsPerBoard).orElse(null)))
        .fansRpm(stats.fansRpm())
        .powerW(power)
        .efficiencyJth(Figures.efficiency(power, hashrate))
        .pools(pools(CgminerRows.rows(replies.get("pools"), "pools", "POOLS", errors)))
        .accepted(Figures.count(summary, "Accepted"))
        .rejected(Figures.count(summary, "Rejected"))
        .hardwareErrors(Figures.count(summary, "Hardware Errors"))
        .uptimeS(uptime != null ? uptime : stats.uptimeS())
        .errors(errors) // at most one reason per command
        .build();
  }

  /**
   * The user's pools. VNish lists the pool its dev fee is mined on as one more pool, {@code
   * "URL":"DevFee"} with {@code "Type":1}: no URL and not the operator's, so it is left out.
   */
  private static List<Pool> pools(List<JsonObject> rows) {
    List<JsonObject> users =
        rows.stream()
            .filter(row -> !"DevFee".equalsIgnoreCase(Figures.text(row, "URL")))
            .filter(row -> !Long.valueOf(1).equals(Figures.count(row, "Type")))
            .toList();
    return Figures.first(CgminerPools.of(users), Limits.MAX_POOLS);
  }
}
