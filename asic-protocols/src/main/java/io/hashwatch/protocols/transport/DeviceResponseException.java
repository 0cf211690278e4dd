package io.hashwatch.protocols.transport;

/**
 * The device answered with an error status, such as cgminer's {@code STATUS=E} with its code, or an
 * HTTP error status.
 */
public final class DeviceResponseException extends DeviceException {
  private final int code;

  public DeviceResponseException(int code, String message) {
    super(message, null);
    this.code = code;
  }

  /** The device's own status code (cgminer {@code Code}, or the HTTP status). */
  public int code() {
    return code;
  }
}
