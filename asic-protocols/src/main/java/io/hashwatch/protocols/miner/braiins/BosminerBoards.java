package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hashboards of a bosminer: {@code devs} gives each chain's hashrate, {@code temps} its board
 * and chip temperature, {@code devdetails} its chips. The three lists share the chain's {@code ID}
 * (6, 7, 8 on an S9; 1, 2, 3 on later models), which is how they are joined; a board's index is its
 * rank among those IDs.
 */
final class BosminerBoards {

  private BosminerBoards() {}

  /** The figures of one chain, gathered from the three lists. */
  private static final class Chain {
    Double hashrateHs;
    Double boardTempC;
    Double chipTempC;
    Integer chips;
  }

  static List<Board> boards(
      List<JsonObject> devs,
      List<JsonObject> temps,
      List<JsonObject> details,
      Integer expectedChips) {
    Map<Long, Chain> chains = new TreeMap<>();
    for (int i = 0; i < devs.size(); i++) {
      Chain chain = chain(chains, devs.get(i), i);
      chain.hashrateHs = Figures.scaled(devs.get(i), Figures.MEGA, "MHS 5s", "MHS 1m", "MHS av");
    }
    for (int i = 0; i < temps.size(); i++) {
      Chain chain = chain(chains, temps.get(i), i);
      chain.boardTempC = temperature(temps.get(i), "Board", "Board temperature");
      chain.chipTempC = temperature(temps.get(i), "Chip", "Chip temperature");
    }
    for (int i = 0; i < details.size(); i++) {
      chain(chains, details.get(i), i).chips = Figures.smallCount(details.get(i), "Chips");
    }
    List<Board> boards = new ArrayList<>();
    for (Chain chain : chains.values()) {
      if (boards.size() == Limits.MAX_BOARDS) {
        break;
      }
      boards.add(
          new Board(
              boards.size(),
              chain.hashrateHs,
              chain.boardTempC,
              chain.chipTempC,
              chain.chips,
              expectedChips));
    }
    return boards;
  }

  /** The sum of the chains' {@code Nominal MHS} in H/s, when every chain states it. */
  static Double nominalHashrate(List<JsonObject> devs) {
    if (devs.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (JsonObject dev : devs) {
      Double nominal = Figures.scaled(dev, Figures.MEGA, "Nominal MHS");
      if (nominal == null) {
        return null;
      }
      sum += nominal;
    }
    return Figures.figure(sum);
  }

  /** A temperature sensor reading; bosminer writes 0.0 for a sensor it does not have. */
  private static Double temperature(JsonObject row, String... keys) {
    Double value = LenientFields.number(row, keys);
    return value == null || value <= 0 ? null : value;
  }

  /** The chain a row belongs to, by its {@code ID}; a row without one goes by its position. */
  private static Chain chain(Map<Long, Chain> chains, JsonObject row, int position) {
    Long id = LenientFields.whole(row, "ID");
    return chains.computeIfAbsent(id == null ? position : id, key -> new Chain());
  }
}
