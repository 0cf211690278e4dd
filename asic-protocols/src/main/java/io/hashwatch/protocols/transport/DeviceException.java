package io.hashwatch.protocols.transport;

/** A device could not be asked, or did not answer usefully. */
public abstract sealed class DeviceException extends Exception
    permits DeviceTimeoutException,
        DeviceConnectException,
        DeviceResponseException,
        MalformedReplyException {

  protected DeviceException(String message, Throwable cause) {
    super(message, cause);
  }
}
