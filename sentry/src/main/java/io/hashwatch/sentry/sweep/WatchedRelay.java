package io.hashwatch.sentry.sweep;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayFailure;
import io.hashwatch.protocols.relay.RelayResult;
import io.hashwatch.protocols.relay.RelayState;
import java.util.Objects;

/**
 * One relay the sentry watches, with its driver (kept: an HTTP relay's driver holds a connection
 * pool).
 *
 * @param address the relay's URL without credentials or options, as the sentry reports it
 */
public record WatchedRelay(String address, RelayDriver driver) {

  public WatchedRelay {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(driver, "driver");
  }

  /** Reads the relay's state as a poll result: on or off, and its power when it meters. */
  public PollResult poll() {
    return result(driver.state());
  }

  static PollResult result(RelayResult state) {
    if (state instanceof RelayState relay) {
      return Reading.builder().relayOn(relay.on()).powerW(relay.powerW()).build();
    }
    RelayFailure failure = (RelayFailure) state;
    // A refusal is an answer (wrong password, no such channel); anything else may be silence.
    return failure.refused()
        ? Rejected.because(failure.reason())
        : Unreachable.because(failure.reason());
  }
}
