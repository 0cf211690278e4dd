package io.hashwatch.commander.web.device;

import io.hashwatch.protocols.reading.Board;

/**
 * One hashboard (or a program's GPU) as the boards table shows it.
 *
 * @param missingChips chips the model should have but the board did not find; 0 when either count
 *     is unknown
 */
public record BoardRow(
    int index,
    Double hashrateHs,
    Double boardTempC,
    Double chipTempC,
    Integer chips,
    Integer expectedChips,
    int missingChips,
    String busId) {

  static BoardRow of(Board board) {
    int missing =
        board.chips() == null || board.expectedChips() == null
            ? 0
            : Math.max(0, board.expectedChips() - board.chips());
    return new BoardRow(
        board.index(),
        board.hashrateHs(),
        board.boardTempC(),
        board.chipTempC(),
        board.chips(),
        board.expectedChips(),
        missing,
        board.busId());
  }

  /** Found against expected ("74 / 76"), or what is known of them. */
  public String chipsText() {
    String found = chips == null ? "–" : chips.toString();
    return expectedChips == null ? found : found + " / " + expectedChips;
  }
}
