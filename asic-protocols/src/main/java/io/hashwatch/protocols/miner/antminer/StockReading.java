package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the {@code summary}, {@code pools} and {@code stats} replies of bmminer into a reading. A
 * pure function of the replies: the first STATS entry names the model and build ({@code Type},
 * {@code CompileTime}), the next holds the figures. Rates are in the unit {@link AntminerModel}
 * works out; {@code MHS} figures are MH/s as cgminer defines them.
 */
public final class StockReading {
  public static final String MAKE = "Bitmain";

  private StockReading() {}

  /** The reading of {@code replies}, or no-data when they hold no figure at all. */
  public static PollResult parse(StockReplies replies, String firmware) {
    JsonObject summary = first(replies.summary(), "SUMMARY");
    JsonArray statsEntries = array(replies.stats(), "STATS");
    JsonObject info = statsInfo(statsEntries);
    JsonObject stats = statsFigures(statsEntries);
    if (summary == null && stats == null) {
      List<String> errors = new ArrayList<>(replies.errors());
      errors.add("the miner reported neither a summary nor stats yet");
      return new NoData(errors);
    }
    AntminerModel model = AntminerModel.fromType(LenientFields.text(info, "Type"));
    ModelSpec spec =
        model == null ? null : ModelCatalog.standard().find(MAKE, model.name()).orElse(null);
    double unit = AntminerModel.unitHs(model, LenientFields.text(stats, "rate_unit"));
    Double hashrate = rate(unit, "GHS 5s", "MHS 5s", "rate_5s", summary, stats);
    Double power = Figures.number(stats, "total_power");
    return Reading.builder()
        .make(MAKE)
        .model(model == null ? null : Figures.clip(model.name()))
        .firmware(firmware)
        .firmwareVersion(Figures.clip(firmwareVersion(info)))
        .algorithm(algorithm(model, spec))
        .hashrateHs(hashrate)
        .hashrateAvgHs(rate(unit, "GHS av", "MHS av", "rate_avg", summary, stats))
        .expectedHashrateHs(expected(stats, unit, spec))
        .boards(boards(stats, unit, spec))
        .fansRpm(
            stats == null ? List.of() : StatsFans.fans(stats, spec == null ? null : spec.fans()))
        .powerW(power)
        .efficiencyJth(Figures.efficiency(power, hashrate))
        .pools(PoolList.pools(replies.pools()))
        .accepted(count("Accepted", summary, stats))
        .rejected(count("Rejected", summary, stats))
        .hardwareErrors(count("Hardware Errors", summary, stats))
        .uptimeS(count("Elapsed", summary, stats))
        .errors(Figures.first(replies.errors(), Limits.MAX_ERRORS))
        .build();
  }

  /** The series letter tells what the miner mines; the model data tells for other names. */
  private static String algorithm(AntminerModel model, ModelSpec spec) {
    if (model != null && model.algorithm() != null) {
      return model.algorithm();
    }
    return spec == null ? null : spec.algorithm();
  }

  private static List<Board> boards(JsonObject stats, double unit, ModelSpec spec) {
    if (stats == null) {
      return List.of();
    }
    List<Board> boards =
        StatsChains.boards(stats, unit, spec == null ? null : spec.chipsPerBoard());
    return Figures.first(boards, Limits.MAX_BOARDS);
  }

  /** What the miner says it should do at its setting, else what the model is rated for. */
  private static Double expected(JsonObject stats, double unit, ModelSpec spec) {
    Double ideal = LenientFields.number(stats, "total_rateideal", "rate_ideal");
    if (ideal != null && ideal > 0) {
      return Figures.scaled(ideal, unit);
    }
    return spec == null ? null : spec.nominalHashrateHs();
  }

  private static Double rate(
      double unit, String ghsKey, String mhsKey, String rateKey, JsonObject... sources) {
    for (JsonObject source : sources) {
      Double ghs = Figures.scaled(source, unit, ghsKey);
      if (ghs != null) {
        return ghs;
      }
      Double mhs = Figures.scaled(source, Figures.MEGA, mhsKey);
      if (mhs != null) {
        return mhs;
      }
      Double rate = Figures.scaled(source, unit, rateKey);
      if (rate != null) {
        return rate;
      }
    }
    return null;
  }

  private static Long count(String key, JsonObject... sources) {
    for (JsonObject source : sources) {
      Long value = LenientFields.whole(source, key);
      if (value != null && value >= 0) {
        return value;
      }
    }
    return null;
  }

  /** The build date identifies a stock build; derivatives without one give their version. */
  private static String firmwareVersion(JsonObject info) {
    return LenientFields.text(info, "CompileTime", "BMMiner", "CGMiner", "Cgminer", "Miner");
  }

  private static JsonObject statsInfo(JsonArray entries) {
    return entries != null
            && !entries.isEmpty()
            && entries.get(0) instanceof JsonObject first
            && first.containsKey("Type")
        ? first
        : null;
  }

  private static JsonObject statsFigures(JsonArray entries) {
    if (entries == null) {
      return null;
    }
    for (JsonValue entry : entries) {
      if (entry instanceof JsonObject figures
          && (figures.containsKey("Elapsed")
              || figures.containsKey("GHS 5s")
              || figures.containsKey("chain_rate1"))) {
        return figures;
      }
    }
    return null;
  }

  private static JsonObject first(JsonObject reply, String section) {
    JsonArray entries = array(reply, section);
    return entries != null && !entries.isEmpty() && entries.get(0) instanceof JsonObject entry
        ? entry
        : null;
  }

  private static JsonArray array(JsonObject reply, String section) {
    return reply != null && reply.get(section) instanceof JsonArray entries ? entries : null;
  }
}
