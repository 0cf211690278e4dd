package io.hashwatch.sentry.programs;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import jakarta.json.JsonObject;
import java.time.Duration;

/**
 * The plain-socket requests of one poll of a program, cgminer style: each on its own connection,
 * which the program closes after its reply (TeamRedMiner's cgminer API, ccminer's and cpuminer's
 * text API). All of them together end by one deadline, so that a poll of three requests still takes
 * at most its timeout, and each reply is bounded.
 */
public final class ProgramSocket {
  /** ccminer answers from a 16 KiB buffer; a cgminer devs reply of a 16-GPU rig is some 20 kB. */
  public static final int MAX_REPLY_BYTES = 256 * 1024;

  private final String host;
  private final int port;
  private final Duration timeout;
  private final long deadline;

  public ProgramSocket(ProgramEndpoint endpoint, Duration timeout) {
    this.host = endpoint.host();
    this.port = endpoint.port();
    this.timeout = timeout;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  /** Sends {@code request} as it is and answers the reply text. */
  public String text(String request) throws DeviceException {
    try {
      return client().send(request);
    } catch (DeviceTimeoutException e) {
      throw late(e);
    }
  }

  /** Sends one cgminer JSON command and answers its reply, STATUS not checked. */
  public JsonObject json(String command) throws DeviceException {
    try {
      return client().reply(command);
    } catch (DeviceTimeoutException e) {
      throw late(e);
    }
  }

  /** The poll's timeout in the message, not what was left of it for this request. */
  private DeviceTimeoutException late(DeviceTimeoutException e) {
    return new DeviceTimeoutException(
        host + ":" + port + " did not answer within " + timeout.toMillis() + " ms", e);
  }

  private CgminerClient client() throws DeviceTimeoutException {
    long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
    if (leftMillis < 1) {
      throw new DeviceTimeoutException(
          host + ":" + port + " did not answer within " + timeout.toMillis() + " ms", null);
    }
    Duration left = Duration.ofMillis(leftMillis);
    return new CgminerClient(host, port, new CgminerClient.Settings(left, left, MAX_REPLY_BYTES));
  }
}
