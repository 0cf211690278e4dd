package io.hashwatch.commander.web.fleet;

import io.hashwatch.commander.fleet.SentryView;
import io.hashwatch.protocols.report.SentryHealth;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One line of the sentries table: the sentry, how many devices it reported, and whether it has gone
 * quiet.
 *
 * @param stale no batch for longer than {@link #STALE_AFTER}, or never one
 */
public record SentryRow(SentryView sentry, long devices, boolean stale) {
  /** A sentry sends a batch every few seconds; two minutes of silence means it is in trouble. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(2);

  static SentryRow of(SentryView sentry, long devices, OffsetDateTime now) {
    OffsetDateTime seen = sentry.lastSeen();
    return new SentryRow(sentry, devices, seen == null || seen.plus(STALE_AFTER).isBefore(now));
  }

  /** The latest self-report, or {@code null}: the page shows dashes then. */
  public SentryHealth health() {
    return sentry.health();
  }

  /** The latest self-report's time, for the page's formatter. */
  public OffsetDateTime healthTime() {
    return sentry.health() == null ? null : sentry.health().time().atOffset(ZoneOffset.UTC);
  }
}
