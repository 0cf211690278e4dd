package io.hashwatch.protocols.relay;

import io.hashwatch.protocols.transport.DeviceException;

/**
 * What came of asking a relay to switch or to tell its state: the state it reports, or why there is
 * none. An expected failure (unreachable, wrong password, refused command, garbage) is a {@link
 * RelayFailure}, never an exception.
 */
public sealed interface RelayResult permits RelayState, RelayFailure {

  /** This result in a few words, for a person: "on, 35.2 W", "off", "failed: ...". */
  String describe();

  /** One exchange with a relay that gives its state or throws what the transport throws. */
  @FunctionalInterface
  interface Exchange {
    RelayState run() throws DeviceException;
  }

  /**
   * Runs {@code exchange} and turns whatever goes wrong into a failure whose reason starts with
   * {@code action} ("switching on", "reading the state"). A runtime exception can only come from a
   * reply the parser did not expect, so it is a garbled reply too.
   */
  static RelayResult attempt(String action, Exchange exchange) {
    try {
      return exchange.run();
    } catch (DeviceException e) {
      return RelayFailure.of(action, e);
    } catch (RuntimeException e) {
      return new RelayFailure(action + " failed: the reply could not be read (" + e + ")", false);
    }
  }
}
