package io.hashwatch.sentry.config;

import io.hashwatch.protocols.miner.MinerTarget;
import java.util.List;
import java.util.Objects;

/**
 * Miners that share credentials: those named, and the ranges searched for more.
 *
 * @param name {@value #DEFAULT} for the devices of the sentry's own settings, else the {@code
 *     [group NAME]}
 * @param credentials for the drivers' actions (web or privileged API); {@link
 *     MinerTarget.Credentials#DEFAULT} leaves each firmware's factory default
 * @param webPort the port of the miners' web interface
 */
public record MinerGroup(
    String name,
    List<MinerAddress> miners,
    List<DiscoveryRange> ranges,
    MinerTarget.Credentials credentials,
    int webPort) {
  public static final String DEFAULT = "default";

  public MinerGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(credentials, "credentials");
    miners = List.copyOf(miners);
    ranges = List.copyOf(ranges);
  }
}
