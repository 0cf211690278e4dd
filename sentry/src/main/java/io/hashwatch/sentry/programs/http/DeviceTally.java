package io.hashwatch.sentry.programs.http;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * The GPUs a program mines on, as a reading carries them: one board each, and the sums of their
 * power and of their compute errors, each absent until one device gives it.
 */
public final class DeviceTally {
  private final List<Board> boards = new ArrayList<>();
  private int devices;
  private Double powerW;
  private Long errors;

  /**
   * Adds one GPU.
   *
   * @param busId its PCI address, normalized, or null
   * @param powerW its power draw, or null
   */
  public void add(int index, Double hashrateHs, Double tempC, String busId, Double powerW) {
    devices++;
    if (boards.size() < Limits.MAX_BOARDS) {
      boards.add(new Board(index, Figures.figure(hashrateHs), tempC, null, null, null, busId));
    }
    this.powerW = sum(this.powerW, Figures.figure(powerW));
  }

  /** Adds a device's compute errors (shares its own check found wrong). */
  public void addErrors(Long count) {
    errors = sum(errors, count);
  }

  public List<Board> boards() {
    return List.copyOf(boards);
  }

  /** The summed power of the devices that give theirs; null when none does. */
  public Double powerW() {
    return Figures.figure(powerW);
  }

  /** The summed compute errors; null when no device counts them. */
  public Long errors() {
    return errors;
  }

  /** Says among {@code notes} when more devices came than a reading holds boards. */
  public void noteDropped(List<String> notes) {
    if (devices > Limits.MAX_BOARDS) {
      notes.add(
          "the program reported "
              + devices
              + " devices; the first "
              + Limits.MAX_BOARDS
              + " are kept");
    }
  }

  /** {@code a + b}, either absent; null when both are. */
  public static Double sum(Double a, Double b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }

  /** {@code a + b}, either absent, held at {@link Long#MAX_VALUE} rather than wrapping. */
  public static Long sum(Long a, Long b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    long total = a + b;
    return ((a ^ total) & (b ^ total)) < 0 ? Long.MAX_VALUE : total;
  }

  /** {@code whole - part} when both are known and it is not negative; else null. */
  public static Long difference(Long whole, Long part) {
    return whole == null || part == null || whole < part ? null : whole - part;
  }
}
