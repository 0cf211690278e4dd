package io.hashwatch.protocols.miner;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.http.DeviceHttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One miner to talk to: its host, the ports of its APIs, the credentials of its web or privileged
 * API, and how long to wait.
 *
 * @param apiPort the cgminer-style API port (4028)
 * @param webPort the HTTP port of its web interface (80)
 * @param credentials for the web or privileged API; {@link Credentials#DEFAULT} lets each driver
 *     use its firmware's factory default
 */
public record MinerTarget(
    String host,
    int apiPort,
    int webPort,
    Credentials credentials,
    Duration connectTimeout,
    Duration replyTimeout) {
  /** Miner web APIs answer a few kilobytes; a config page some tens. */
  private static final int WEB_MAX_BODY_BYTES = 256 * 1024;

  /** A user and password; null parts mean the firmware's factory default. */
  public record Credentials(String user, String password) {
    public static final Credentials DEFAULT = new Credentials(null, null);

    public String userOr(String fallback) {
      return user == null ? fallback : user;
    }

    public String passwordOr(String fallback) {
      return password == null ? fallback : password;
    }

    @Override
    public String toString() {
      return "Credentials[user="
          + user
          + ", password="
          + (password == null ? "default" : "***")
          + "]";
    }
  }

  public MinerTarget {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(credentials, "credentials");
    if (apiPort < 1 || apiPort > 65535 || webPort < 1 || webPort > 65535) {
      throw new IllegalArgumentException("ports must be 1 to 65535");
    }
  }

  public static MinerTarget of(String host, int apiPort) {
    return new MinerTarget(
        host, apiPort, 80, Credentials.DEFAULT, Duration.ofSeconds(3), Duration.ofSeconds(10));
  }

  public MinerTarget withCredentials(Credentials credentials) {
    return new MinerTarget(host, apiPort, webPort, credentials, connectTimeout, replyTimeout);
  }

  public MinerTarget withWebPort(int webPort) {
    return new MinerTarget(host, apiPort, webPort, credentials, connectTimeout, replyTimeout);
  }

  /** A client of this miner's cgminer-style API with this target's timeouts. */
  public CgminerClient cgminer() {
    return new CgminerClient(
        host,
        apiPort,
        new CgminerClient.Settings(
            connectTimeout, replyTimeout, CgminerClient.Settings.DEFAULT.maxReplyBytes()));
  }

  /** A client of this miner's web interface with this target's timeouts. */
  public DeviceHttpClient web() {
    return new DeviceHttpClient(
        new DeviceHttpClient.Settings(connectTimeout, replyTimeout, WEB_MAX_BODY_BYTES));
  }

  /** {@code http://host:webPort} and {@code path}, an IPv6 host in brackets. */
  public URI webUri(String path) {
    return URI.create("http://" + webAddress() + path);
  }

  /** {@code host:webPort} as a URL authority. */
  public String webAddress() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + webPort;
  }

  public String address() {
    return host + ":" + apiPort;
  }
}
