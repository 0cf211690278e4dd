package io.hashwatch.protocols.report;

import java.time.Instant;
import java.util.Objects;

/**
 * How a sentry itself is doing, sent with every batch.
 *
 * @param time when the sentry took these figures
 * @param sweepMillis how long its latest complete sweep took, or {@code null} before the first
 * @param devicesOk devices whose latest poll gave a reading
 * @param devicesFailed devices whose latest poll gave anything else
 * @param backlog poll results waiting in its outbox, this batch included
 * @param version the sentry's version
 */
public record SentryHealth(
    Instant time,
    Long sweepMillis,
    int devicesOk,
    int devicesFailed,
    long backlog,
    String version) {
  public static final int MAX_VERSION = 64;

  public SentryHealth {
    Objects.requireNonNull(time, "time");
    if (sweepMillis != null && sweepMillis < 0) {
      throw new IllegalArgumentException("sweepMillis must be >= 0");
    }
    if (devicesOk < 0 || devicesFailed < 0 || backlog < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    version = version == null ? "" : version;
    if (version.length() > MAX_VERSION) {
      throw new IllegalArgumentException("version is at most " + MAX_VERSION + " characters");
    }
  }
}
