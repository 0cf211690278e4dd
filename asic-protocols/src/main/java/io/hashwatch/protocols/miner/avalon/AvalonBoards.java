package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The boards and fans of an Avalon from its MM strings. From the 10xx series on, one module reports
 * each board: {@code MGHS} (GH/s), {@code MTavg} and {@code MTmax} (board average and hottest
 * chip), {@code PVT_T<n>} (every chip's temperature; Avalon Q moved them to {@code HBinfo}) and
 * {@code MW<n>} (every chip's work). The 7xx/8xx AUC controllers report per module only, so each
 * module is one board there, with its hottest chip ({@code TMax}) and its chips ({@code MW0..MW3}),
 * but no hashrate of its own.
 */
final class AvalonBoards {
  /** Canaan's firmware writes -273 (absolute zero) for a sensor that is not there. */
  private static final double NO_SENSOR = -273.0;

  private static final Pattern CHIP_WORK = Pattern.compile("MW\\d+");
  private static final Pattern FAN = Pattern.compile("Fan\\d+");
  private static final Pattern CHIP_TEMPS = Pattern.compile("PVT_T\\d+");

  private AvalonBoards() {}

  static List<Board> of(AvalonStats stats, Integer expectedChips) {
    return stats.perBoard() ? perBoard(stats, expectedChips) : perModule(stats, expectedChips);
  }

  static List<Integer> fans(AvalonStats stats) {
    List<Integer> fans = new ArrayList<>();
    for (MmStats module : stats.modules()) {
      List<String> keys =
          module.keysStartingWith("Fan").stream().filter(FAN.asMatchPredicate()).toList();
      for (String key : keys.isEmpty() && module.has("Fan") ? List.of("Fan") : keys) {
        Double rpm = module.number(key);
        if (rpm != null && rpm >= 0 && rpm <= Integer.MAX_VALUE) {
          fans.add((int) Math.round(rpm));
        }
      }
    }
    return fans;
  }

  static Double celsius(Double value) {
    return value == null || value <= NO_SENSOR ? null : value;
  }

  private static List<Board> perBoard(AvalonStats stats, Integer expectedChips) {
    MmStats module = stats.modules().get(0);
    List<Double> hashrates = module.numbers("MGHS");
    List<Double> averages = module.numbers("MTavg");
    List<Double> hottest = module.numbers("MTmax");
    List<Double> outlets = module.numbers("HBOTemp");
    int count =
        Math.max(
            Math.max(hashrates.size(), hottest.size()),
            Math.max(stats.boardInfo().size(), chipTempKeys(module)));
    List<Board> boards = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<Double> chipTemps = chipTemps(stats, module, i);
      Double hashrate = at(hashrates, i);
      Double boardTemp = firstKnown(celsius(at(averages, i)), celsius(at(outlets, i)));
      Double chipTemp = firstKnown(celsius(at(hottest, i)), hottest(chipTemps));
      boards.add(
          new Board(
              i,
              Figures.scaled(hashrate, 1e9),
              boardTemp,
              chipTemp,
              chipTemps.isEmpty() ? chipCount(module, "MW" + i) : countWorking(chipTemps),
              expectedChips));
    }
    return boards;
  }

  private static List<Board> perModule(AvalonStats stats, Integer expectedChips) {
    List<Board> boards = new ArrayList<>();
    for (MmStats module : stats.modules()) {
      Integer chips = null;
      for (String key : module.keysStartingWith("MW")) {
        if (CHIP_WORK.matcher(key).matches()) {
          chips = (chips == null ? 0 : chips) + module.numbers(key).size();
        }
      }
      boards.add(
          new Board(
              boards.size(), null, null, celsius(module.number("TMax")), chips, expectedChips));
    }
    return boards;
  }

  /** The chip temperatures of board {@code i}: {@code PVT_Ti} in the MM string or in HBinfo. */
  private static List<Double> chipTemps(AvalonStats stats, MmStats module, int i) {
    List<Double> inModule = module.numbers("PVT_T" + i);
    if (!inModule.isEmpty()) {
      return inModule;
    }
    MmStats board = stats.boardInfo().get("HB" + i);
    if (board == null) {
      return List.of();
    }
    return board.keysStartingWith("PVT_T").stream()
        .findFirst()
        .map(board::numbers)
        .orElse(List.of());
  }

  private static int chipTempKeys(MmStats module) {
    return (int)
        module.keysStartingWith("PVT_T").stream().filter(CHIP_TEMPS.asMatchPredicate()).count();
  }

  /** A chip that reads 0 °C is not answering; the others are found. */
  private static Integer countWorking(List<Double> chipTemps) {
    return (int) chipTemps.stream().filter(t -> t > 0).count();
  }

  private static Integer chipCount(MmStats module, String key) {
    List<Double> work = module.numbers(key);
    return work.isEmpty() ? null : work.size();
  }

  private static Double hottest(List<Double> chipTemps) {
    return chipTemps.stream().filter(t -> t > 0).max(Double::compare).orElse(null);
  }

  private static Double firstKnown(Double first, Double second) {
    return first != null ? first : second;
  }

  private static Double at(List<Double> values, int i) {
    return i < values.size() ? values.get(i) : null;
  }
}
