package io.hashwatch.commander.telemetry;

/**
 * When a device that answers is in trouble (MicroProfile Config {@code hashwatch.warn.*}).
 *
 * @param temperatureC a device at or above this temperature (its hottest chip or board) warns
 * @param hashrateRatio a device hashing below this share of its expected hashrate warns
 */
public record WarningLimits(double temperatureC, double hashrateRatio) {
  public static final WarningLimits DEFAULT = new WarningLimits(85, 0.8);

  public WarningLimits {
    if (!Double.isFinite(temperatureC)) {
      throw new IllegalArgumentException("hashwatch.warn.temperature must be a number");
    }
    if (!(hashrateRatio >= 0 && hashrateRatio <= 1)) {
      throw new IllegalArgumentException("hashwatch.warn.hashrate-ratio must be within 0 and 1");
    }
  }
}
