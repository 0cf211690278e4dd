package io.hashwatch.protocols.transport;

/** No connection could be made: refused, no route, unknown host. */
public final class DeviceConnectException extends DeviceException {

  public DeviceConnectException(String message, Throwable cause) {
    super(message, cause);
  }
}
