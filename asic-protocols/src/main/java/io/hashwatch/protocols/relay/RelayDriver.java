package io.hashwatch.protocols.relay;

/**
 * Switches one relay channel of one device. A driver is bound to its {@link RelayTarget}; {@link
 * RelayRegistry} builds the right one for a target or a relay URL. No method throws for anything a
 * device or a network can do: every outcome is a {@link RelayResult}.
 */
public interface RelayDriver {

  /** The relay this driver switches. */
  RelayTarget target();

  /** Switches the relay on and answers the state the device reports after it. */
  RelayResult on();

  /** Switches the relay off and answers the state the device reports after it. */
  RelayResult off();

  /** Reads the relay's state, with the power through it when the device meters. */
  RelayResult state();

  /**
   * Switches the relay off, waits the target's off-time, switches it on and reads the state back.
   * Blocks for the off-time.
   */
  default PowerCycle powerCycle() {
    return PowerCycle.run(this, target().timing().offTime());
  }
}
