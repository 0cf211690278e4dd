package io.hashwatch.protocols.transport;

/** The device answered with something that is not what the protocol says, even after repair. */
public final class MalformedReplyException extends DeviceException {

  public MalformedReplyException(String message, Throwable cause) {
    super(message, cause);
  }

  public MalformedReplyException(String message) {
    super(message, null);
  }
}
