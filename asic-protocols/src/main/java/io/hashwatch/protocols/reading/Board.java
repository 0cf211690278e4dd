package io.hashwatch.protocols.reading;

/**
 * One hashboard (ASIC) or device (GPU or CPU of a miner program) of a reading; absent figures are
 * {@code null}.
 *
 * @param busId a miner program's GPU: its PCI address, {@code 0000:01:00.0}, by which the rig
 *     sentry joins the program's hashrate to the GPU's telemetry; {@code null} for every other
 *     board
 */
public record Board(
    int index,
    Double hashrateHs,
    Double boardTempC,
    Double chipTempC,
    Integer chips,
    Integer expectedChips,
    String busId) {

  /** A board without a bus id: an ASIC's hashboard. */
  public Board(
      int index,
      Double hashrateHs,
      Double boardTempC,
      Double chipTempC,
      Integer chips,
      Integer expectedChips) {
    this(index, hashrateHs, boardTempC, chipTempC, chips, expectedChips, null);
  }

  public Board {
    if (index < 0) {
      throw new IllegalArgumentException("board index must be >= 0, was " + index);
    }
    Limits.figure(hashrateHs, "hashrateHs");
    if (boardTempC != null && !Double.isFinite(boardTempC)) {
      throw new IllegalArgumentException("boardTempC must be finite");
    }
    if (chipTempC != null && !Double.isFinite(chipTempC)) {
      throw new IllegalArgumentException("chipTempC must be finite");
    }
    Limits.text(busId, "boards[].busId");
    if (chips != null && chips < 0 || expectedChips != null && expectedChips < 0) {
      throw new IllegalArgumentException("chip counts must be >= 0");
    }
  }
}
