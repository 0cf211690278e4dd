package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hashboards of a LuxOS miner: one per {@code devs} entry (ASC n, its hashrate in MH/s), with
 * the chips and chip temperatures of its chain in the bmminer-style {@code stats} entry ({@code
 * chain_acn<k>}, {@code temp_chip<k>} as "47-34-34-47") and the board sensors of {@code temps}
 * (exhaust and intake, top and bottom). The chains are numbered from 1 on most models but from 6 on
 * some (an S9 uses 6 to 8); as pyasic does, the first group of five with chips sets the start.
 */
final class LuxosBoards {

  private LuxosBoards() {}

  static List<Board> of(
      List<JsonObject> devs, JsonObject chains, List<JsonObject> temps, Integer expectedChips) {
    int first = firstChain(chains);
    List<Board> boards = new ArrayList<>();
    List<JsonObject> sorted = new ArrayList<>(devs);
    sorted.sort(Comparator.comparing(dev -> id(dev, "ASC", "ID")));
    for (JsonObject dev : sorted) {
      int id = id(dev, "ASC", "ID");
      if (id < 0) {
        continue;
      }
      int chain = first + id;
      Double hashrate = LenientFields.number(dev, "MHS 5s", "MHS 1m", "MHS av");
      Long chips = LenientFields.whole(chains, "chain_acn" + chain);
      Double chipTemp = hottest(LenientFields.text(chains, "temp_chip" + chain));
      boards.add(
          new Board(
              id,
              Figures.scaled(hashrate, Figures.MEGA),
              boardTemp(temps, id, chains, chain),
              chipTemp != null ? chipTemp : positive(LenientFields.number(dev, "Temperature")),
              chips == null || chips < 0 || chips > Integer.MAX_VALUE ? null : chips.intValue(),
              expectedChips));
    }
    return boards;
  }

  /** The hottest sensor of board {@code id} in {@code temps}, else of {@code temp_pcb<chain>}. */
  private static Double boardTemp(List<JsonObject> temps, int id, JsonObject chains, int chain) {
    for (JsonObject entry : temps) {
      if (id(entry, "ID", "TEMP") == id) {
        Double hottest = null;
        for (String sensor : entry.keySet()) {
          Double value =
              sensor.equals("ID") || sensor.equals("TEMP")
                  ? null
                  : positive(LenientFields.number(entry, sensor));
          if (value != null && (hottest == null || value > hottest)) {
            hottest = value;
          }
        }
        if (hottest != null) {
          return hottest;
        }
      }
    }
    return hottest(LenientFields.text(chains, "temp_pcb" + chain));
  }

  private static int firstChain(JsonObject chains) {
    for (int chain = 1; chain <= 16; chain++) {
      Long chips = LenientFields.whole(chains, "chain_acn" + chain);
      if (chips != null && chips > 0) {
        return (chain - 1) / 5 * 5 + 1;
      }
    }
    return 1;
  }

  /** The hottest of dash-joined temperatures; 0 is a sensor that does not answer. */
  private static Double hottest(String dashJoined) {
    if (dashJoined == null) {
      return null;
    }
    Double hottest = null;
    for (String part : dashJoined.split("-")) {
      Double value = positive(LenientFields.parse(part));
      if (value != null && (hottest == null || value > hottest)) {
        hottest = value;
      }
    }
    return hottest;
  }

  private static int id(JsonObject entry, String... keys) {
    Long id = LenientFields.whole(entry, keys);
    return id == null || id < 0 || id > Integer.MAX_VALUE ? -1 : id.intValue();
  }

  /** A sensor's temperature; 0 is a sensor that is not there. */
  private static Double positive(Double value) {
    return value == null || value <= 0 ? null : value;
  }
}
