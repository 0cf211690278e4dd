package io.hashwatch.sentry.service;

import io.hashwatch.sentry.outbox.OutboxSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What every sentry runs on, whatever it watches.
 *
 * @param kind {@code ASIC} or {@code rig}, for the log
 * @param commanderReturn how often the first commander is tried again while another one is used
 * @param interval how often it sweeps, and how often the uplink sends when nothing wakes it
 * @param commandConcurrency how many commands run at once
 */
public record ServiceSettings(
    String kind,
    String id,
    List<URI> commanders,
    Duration commanderReturn,
    String token,
    Duration interval,
    Path outbox,
    OutboxSettings outboxSettings,
    int commandConcurrency,
    String version,
    Clock clock) {

  public ServiceSettings {
    commanders = List.copyOf(commanders);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return kind + " sentry " + id + " (" + commanders + ", outbox " + outbox + ")";
  }
}
