package io.hashwatch.protocols.relay;

/**
 * The state a relay reports.
 *
 * @param on whether the relay conducts (the load is powered)
 * @param powerW the power through the relay in watts when it meters and said so; null otherwise,
 *     never 0 for "unknown"
 */
public record RelayState(boolean on, Double powerW) implements RelayResult {

  public RelayState {
    if (powerW != null && !Double.isFinite(powerW)) {
      throw new IllegalArgumentException("powerW must be a finite number or null");
    }
  }

  public static RelayState of(boolean on) {
    return new RelayState(on, null);
  }

  @Override
  public String describe() {
    String word = on ? "on" : "off";
    return powerW == null ? word : word + ", " + powerW + " W";
  }
}
