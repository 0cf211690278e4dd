package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The hashboards in a bmminer STATS entry. Chain {@code n} has {@code chain_rate<n>}, {@code
 * chain_acn<n>} (chips found), {@code chain_acs<n>} (one letter per chip), {@code temp<n>} (board)
 * and {@code temp2_<n>} (chip), and from the S9k on {@code temp_pcb<n>} and {@code temp_chip<n>} as
 * dash-separated sensor lists ("75-59-88-78", "2--1-20-22" with -1). Firmware lists empty slots too
 * (16 on X17, boards of an S9 sit in slots 6 to 8): a slot with no chips, no chip string and no
 * hashrate has no board and is left out. A board keeps its slot as its index (chain n is index
 * n-1), so a missing board leaves a gap an operator can see.
 */
final class StatsChains {
  static final int MAX_SLOTS = 32;

  /** Sensors read 0 when absent and impossible values when broken (-83 on one real S9). */
  private static final double COLDEST = -40;

  private static final double HOTTEST = 150;

  private StatsChains() {}

  static List<Board> boards(JsonObject stats, double unitHs, Integer expectedChips) {
    List<Board> boards = new ArrayList<>();
    for (int n = 1; n <= MAX_SLOTS; n++) {
      Double rate = Figures.number(stats, "chain_rate" + n);
      Long chips = LenientFields.whole(stats, "chain_acn" + n);
      String chipString = LenientFields.text(stats, "chain_acs" + n);
      boolean present =
          chipString != null || chips != null && chips > 0 || rate != null && rate > 0;
      if (!present) {
        continue;
      }
      boards.add(
          new Board(
              n - 1,
              Figures.scaled(rate, unitHs),
              temperature(stats, "temp" + n, "temp_pcb" + n),
              temperature(stats, "temp2_" + n, "temp_chip" + n),
              chips == null || chips < 0 || chips > Integer.MAX_VALUE ? null : chips.intValue(),
              expectedChips));
    }
    return boards;
  }

  /**
   * The hottest sensor of the list {@code listKey}, else the single figure {@code key}. The list
   * wins: on a T15 or S9k {@code temp2_<n>} is the first chip sensor ("29-54-30-55" gives 29), not
   * the hottest.
   */
  private static Double temperature(JsonObject stats, String key, String listKey) {
    Double hottest = null;
    for (double value : sensorList(LenientFields.text(stats, listKey))) {
      Double sensor = plausible(value);
      if (sensor != null && (hottest == null || sensor > hottest)) {
        hottest = sensor;
      }
    }
    return hottest != null ? hottest : plausible(LenientFields.number(stats, key));
  }

  /**
   * The values of a dash-separated list. A dash right after a digit separates; any other dash is a
   * minus sign, so "-8--11-10-12" is -8, -11, 10, 12.
   */
  static List<Double> sensorList(String text) {
    List<Double> values = new ArrayList<>();
    if (text == null) {
      return values;
    }
    int i = 0;
    while (i < text.length()) {
      int start = i;
      if (text.charAt(i) == '-') {
        i++;
      }
      int digits = i;
      while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
        i++;
      }
      if (i > digits) {
        Double value = LenientFields.parse(text.substring(start, i));
        if (value != null) {
          values.add(value);
        }
      }
      if (i < text.length() && text.charAt(i) == '-' && i > digits) {
        i++; // the separator after a number
      } else if (i == start || i == digits) {
        i = Math.max(i, start + 1); // neither a number nor a separator: skip it
      }
    }
    return values;
  }

  private static Double plausible(Double celsius) {
    return celsius == null || celsius == 0 || celsius <= COLDEST || celsius >= HOTTEST
        ? null
        : celsius;
  }
}
