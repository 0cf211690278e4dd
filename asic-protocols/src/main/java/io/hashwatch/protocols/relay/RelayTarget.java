package io.hashwatch.protocols.relay;

import java.time.Duration;
import java.util.Objects;

/**
 * One relay channel to switch: which kind of device, where, which channel, with which credentials
 * and how long to wait. {@link RelayUrl} reads and writes it as a URL such as {@code
 * shelly2://admin:pw@10.0.0.6/0}.
 *
 * @param channel the relay on the device: Shelly relay or switch id (from 0), Tasmota relay (from
 *     1), Modbus coil address (from 0)
 * @param unit the Modbus unit identifier; HTTP relays ignore it
 */
public record RelayTarget(
    RelayKind kind,
    String host,
    int port,
    int unit,
    int channel,
    Credentials credentials,
    Timing timing) {

  /** A user and a password; {@link #NONE} when the device has no authentication on. */
  public record Credentials(String user, String password) {
    public static final Credentials NONE = new Credentials(null, null);

    public boolean present() {
      return password != null;
    }

    public String userOr(String fallback) {
      return user == null || user.isEmpty() ? fallback : user;
    }

    @Override
    public String toString() {
      return present() ? "Credentials[user=" + user + ", password=***]" : "Credentials[none]";
    }
  }

  /**
   * How long to wait.
   *
   * @param connectTimeout to open a connection
   * @param replyTimeout for one whole exchange
   * @param offTime how long a power cycle leaves the relay off
   */
  public record Timing(Duration connectTimeout, Duration replyTimeout, Duration offTime) {
    public static final Timing DEFAULT =
        new Timing(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(10));

    public Timing {
      requirePositive(connectTimeout, "connectTimeout");
      requirePositive(replyTimeout, "replyTimeout");
      requirePositive(offTime, "offTime");
    }

    private static void requirePositive(Duration duration, String name) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be > 0");
      }
    }
  }

  public RelayTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(timing, "timing");
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("a relay needs a host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535, not " + port);
    }
    if (unit < 0 || unit > 255) {
      throw new IllegalArgumentException("the Modbus unit must be 0 to 255, not " + unit);
    }
    if (channel < kind.firstChannel() || channel > kind.lastChannel()) {
      throw new IllegalArgumentException(
          kind.scheme()
              + " channels are "
              + kind.firstChannel()
              + " to "
              + kind.lastChannel()
              + ", not "
              + channel);
    }
    if (kind == RelayKind.MODBUS && credentials.present()) {
      throw new IllegalArgumentException("Modbus TCP has no authentication: drop the password");
    }
  }

  public RelayTarget withChannel(int channel) {
    return new RelayTarget(kind, host, port, unit, channel, credentials, timing);
  }

  public RelayTarget withUnit(int unit) {
    return new RelayTarget(kind, host, port, unit, channel, credentials, timing);
  }

  /** {@code host:port} as a URL authority (an IPv6 address in brackets). */
  public String address() {
    return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
  }

  /** This target as a relay URL with the password masked, for logs and messages. */
  @Override
  public String toString() {
    return RelayUrl.format(this);
  }
}
