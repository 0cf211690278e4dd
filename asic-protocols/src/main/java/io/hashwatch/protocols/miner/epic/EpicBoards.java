package io.hashwatch.protocols.miner.epic;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The hashboards of {@code /summary}'s {@code HBs} ({@code Index} from 0, {@code Temperature},
 * {@code Hashrate} as {@code [MH/s, % of ideal, ...]}), with the chips that hash counted in {@code
 * /hashrate} ({@code [{"Index":1,"Data":[[MH/s, % of ideal, ...], ...]}]}).
 *
 * @param boards the boards
 * @param hashrateHs their sum; 0 when the miner lists no board, null when it gives no list
 * @param expectedHs each board's rate over its share of ideal, summed, as pyasic computes it; null
 *     when no board gives its share
 */
record EpicBoards(List<Board> boards, Double hashrateHs, Double expectedHs) {

  static EpicBoards of(JsonObject summary, JsonValue chipHashrates, Integer expectedChips) {
    if (!(summary.get("HBs") instanceof JsonArray list)) {
      return new EpicBoards(List.of(), null, null);
    }
    List<Board> boards = new ArrayList<>();
    double hashrate = 0;
    Double expected = null;
    for (JsonObject board : EpicReading.objects(list)) {
      Double megahashes = numberAt(board.get("Hashrate"), 0);
      Double shareOfIdeal = numberAt(board.get("Hashrate"), 1);
      if (megahashes != null) {
        hashrate += megahashes * 1e6;
      }
      if (megahashes != null && shareOfIdeal != null && shareOfIdeal > 0) {
        expected = (expected == null ? 0 : expected) + megahashes * 1e6 / (shareOfIdeal / 100);
      }
      Long index = LenientFields.whole(board, "Index");
      if (index != null
          && index >= 0
          && index < Limits.MAX_BOARDS
          && boards.size() < Limits.MAX_BOARDS) {
        Double temp = LenientFields.number(board, "Temperature");
        boards.add(
            new Board(
                index.intValue(),
                Figures.scaled(megahashes, Figures.MEGA),
                temp == null || temp < 0 ? null : temp,
                null,
                hashingChips(chipHashrates, index),
                expectedChips));
      }
    }
    return new EpicBoards(boards, hashrate, expected);
  }

  private static Integer hashingChips(JsonValue chipHashrates, long index) {
    for (JsonObject board : EpicReading.objects(chipHashrates)) {
      if (Long.valueOf(index).equals(LenientFields.whole(board, "Index"))
          && board.get("Data") instanceof JsonArray chips) {
        return (int)
            chips.stream()
                .map(chip -> numberAt(chip, 0))
                .filter(megahashes -> megahashes != null && megahashes > 0)
                .count();
      }
    }
    return null;
  }

  /** The {@code i}th item of a JSON array as a number >= 0, or null. */
  private static Double numberAt(JsonValue value, int i) {
    if (!(value instanceof JsonArray array) || i >= array.size()) {
      return null;
    }
    Double number = LenientFields.number(array.get(i));
    return number == null || number < 0 ? null : number;
  }
}
