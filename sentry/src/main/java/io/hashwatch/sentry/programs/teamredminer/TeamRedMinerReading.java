package io.hashwatch.sentry.programs.teamredminer;

import io.hashwatch.protocols.cgminer.CgminerPools;
import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reading of TeamRedMiner's {@code devs}, {@code pools} and {@code summary} replies (each null
 * when it could not be had). Its rates come as {@code KHS}/{@code MHS} over a window named in the
 * key ({@code KHS 30s}, {@code KHS 120s} with {@code --api_hashrate_window}) and over the whole run
 * ({@code KHS av}); the KHS keys keep three more digits than the MHS ones, so they are read first.
 */
final class TeamRedMinerReading {
  private static final String NAME = "TeamRedMiner";

  private TeamRedMinerReading() {}

  /**
   * Why {@code devs} gives no reading: no data when another program answers it (its STATUS names
   * the program), rejected when TeamRedMiner refuses it; null when it can be read.
   */
  static PollResult refusal(JsonObject devs) {
    String description = CgminerStatus.description(devs);
    if (description == null || !description.toLowerCase(Locale.ROOT).startsWith("teamredminer")) {
      return NoData.because(
          "the cgminer API answers as "
              + (description == null ? "an unnamed program" : "'" + Figures.clip(description) + "'")
              + ", not as TeamRedMiner");
    }
    try {
      CgminerStatus.check(devs);
      return null;
    } catch (DeviceResponseException refused) {
      return Rejected.because("devs: " + refused.getMessage());
    }
  }

  /** The reading of replies whose {@code devs} has no {@link #refusal}. */
  static PollResult of(JsonObject devs, JsonObject pools, JsonObject summary, List<String> errors) {
    PollResult refusal = refusal(devs);
    if (refusal != null) {
      return refusal;
    }
    String description = CgminerStatus.description(devs);
    List<String> problems = new ArrayList<>(errors);
    List<JsonObject> rows = CgminerRows.rows(devs, "devs", "DEVS", problems);
    List<Board> boards = new ArrayList<>();
    List<Integer> fans = new ArrayList<>();
    for (JsonObject row : Figures.bounded(rows, Limits.MAX_BOARDS, "GPUs", problems)) {
      Integer gpu = Figures.smallCount(row, "GPU");
      boards.add(
          new Board(
              gpu == null ? boards.size() : gpu,
              TeamRedMinerRates.now(row),
              LenientFields.number(row, "Temperature"),
              null,
              null,
              null,
              null));
      Integer rpm = Figures.smallCount(row, "Fan Speed");
      if (rpm != null && fans.size() < Limits.MAX_FANS) {
        fans.add(rpm);
      }
    }
    List<JsonObject> poolRows =
        pools == null ? List.of() : CgminerRows.rows(pools, "pools", "POOLS", problems);
    List<Pool> poolList = Figures.first(CgminerPools.of(poolRows), Limits.MAX_POOLS);
    JsonObject summaryRow = first(summary == null ? List.of() : summaryRows(summary, problems));
    return Reading.builder()
        .firmware(TeamRedMinerAdapter.TYPE)
        .firmwareVersion(version(description))
        .algorithm(algorithm(poolRows))
        .hashrateHs(sum(boards.stream().map(Board::hashrateHs).toList()))
        .hashrateAvgHs(sum(rows.stream().map(TeamRedMinerRates::average).toList()))
        .boards(boards)
        .fansRpm(fans)
        .pools(poolList)
        .accepted(total(rows, "Accepted"))
        .rejected(total(rows, "Rejected"))
        .hardwareErrors(total(rows, "Hardware Errors"))
        .stale(poolRows.isEmpty() ? null : total(poolRows, "Stale"))
        .uptimeS(Figures.count(summaryRow, "Elapsed"))
        .errors(Figures.first(problems, Limits.MAX_ERRORS))
        .build();
  }

  private static List<JsonObject> summaryRows(JsonObject summary, List<String> problems) {
    return CgminerRows.rows(summary, "summary", "SUMMARY", problems);
  }

  private static JsonObject first(List<JsonObject> rows) {
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** {@code TeamRedMiner 0.3.10} gives {@code 0.3.10}. */
  private static String version(String description) {
    String version = description.substring(NAME.length()).strip();
    return version.isEmpty() ? null : Figures.clip(version);
  }

  /** The algorithm of the pool mined on (Stratum Active), else of the first pool. */
  private static String algorithm(List<JsonObject> pools) {
    for (JsonObject pool : pools) {
      if (pool.getBoolean("Stratum Active", false) && Figures.text(pool, "Algorithm") != null) {
        return Figures.text(pool, "Algorithm");
      }
    }
    return pools.isEmpty() ? null : Figures.text(pools.get(0), "Algorithm");
  }

  /** The sum of the known figures; null when none is known. */
  private static Double sum(List<Double> figures) {
    Double sum = null;
    for (Double figure : figures) {
      if (figure != null) {
        sum = (sum == null ? 0 : sum) + figure;
      }
    }
    return Figures.figure(sum);
  }

  private static Long total(List<JsonObject> rows, String key) {
    Long total = null;
    for (JsonObject row : rows) {
      Long count = Figures.count(row, key);
      if (count != null) {
        total = (total == null ? 0 : total) + count;
      }
    }
    return total == null || total < 0 ? null : total;
  }
}
