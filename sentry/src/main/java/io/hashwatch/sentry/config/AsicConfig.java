package io.hashwatch.sentry.config;

import io.hashwatch.sentry.outbox.OutboxSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything an ASIC sentry runs on, checked and with its secrets resolved ({@link
 * AsicConfigReader}).
 *
 * @param commanders the commander URLs in the order tried; the first that works is kept
 * @param commanderReturn how often the first commander is tried again while another one is used
 * @param interval how often every device is polled
 * @param timeout how long one device's poll may take in all
 * @param concurrency how many devices are polled at once
 * @param discoverEvery how often the discovery ranges are searched for new miners
 * @param relays the relays watched, each with the miners it powers
 */
public record AsicConfig(
    String id,
    List<URI> commanders,
    Duration commanderReturn,
    String token,
    Duration interval,
    Duration timeout,
    int concurrency,
    Duration discoverEvery,
    Path outbox,
    OutboxSettings outboxSettings,
    List<MinerGroup> groups,
    List<RelayConfig> relays) {

  public AsicConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(commanderReturn, "commanderReturn");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(discoverEvery, "discoverEvery");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(outboxSettings, "outboxSettings");
    commanders = List.copyOf(commanders);
    groups = List.copyOf(groups);
    relays = List.copyOf(relays);
    if (commanders.isEmpty()) {
      throw new IllegalArgumentException("at least one commander URL is needed");
    }
  }

  /** Whether any group has a range to search. */
  public boolean discovers() {
    return groups.stream().anyMatch(group -> !group.ranges().isEmpty());
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "AsicConfig[id="
        + id
        + ", commanders="
        + commanders
        + ", token=***, interval="
        + interval
        + ", timeout="
        + timeout
        + ", concurrency="
        + concurrency
        + ", outbox="
        + outbox
        + ", groups="
        + groups.size()
        + ", relays="
        + relays.size()
        + "]";
  }
}
