package io.hashwatch.protocols.relay;

import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;

/**
 * A relay could not be switched or read.
 *
 * @param reason what went wrong, in words
 * @param refused true when the relay answered and refused (wrong password, unknown channel, Modbus
 *     exception): it certainly did not switch. False when it could not be reached, did not answer
 *     in time or answered garbage: it may have switched all the same.
 */
public record RelayFailure(String reason, boolean refused) implements RelayResult {

  public RelayFailure {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a failure needs a reason");
    }
  }

  /** The failure of {@code action} ("switching off") that {@code e} tells of. */
  public static RelayFailure of(String action, DeviceException e) {
    return new RelayFailure(
        action + " failed: " + e.getMessage(), e instanceof DeviceResponseException);
  }

  @Override
  public String describe() {
    return "failed: " + reason;
  }
}
