package io.hashwatch.sentry.config;

import java.util.Objects;

/** One miner named in the config: its host (a name or an IP address) and its API port. */
public record MinerAddress(String host, int port) {

  public MinerAddress {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("a port is 1 to 65535, not " + port);
    }
  }

  /** {@code host:port}, as the sentry reports the miner (the form of {@code MinerTarget}). */
  public String address() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return address();
  }
}
