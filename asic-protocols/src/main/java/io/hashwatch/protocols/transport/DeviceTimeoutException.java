package io.hashwatch.protocols.transport;

/** The device accepted the connection (or not) but did not finish answering in time. */
public final class DeviceTimeoutException extends DeviceException {

  public DeviceTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
