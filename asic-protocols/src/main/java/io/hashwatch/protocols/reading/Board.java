package io.hashwatch.protocols.reading;

/** One hashboard (ASIC) or device (GPU) of a reading; absent figures are {@code null}. */
public record Board(
    int index,
    Double hashrateHs,
    Double boardTempC,
    Double chipTempC,
    Integer chips,
    Integer expectedChips) {

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
    if (chips != null && chips < 0 || expectedChips != null && expectedChips < 0) {
      throw new IllegalArgumentException("chip counts must be >= 0");
    }
  }
}
