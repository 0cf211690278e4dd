package io.hashwatch.commander.fleet;

import io.hashwatch.protocols.report.SentryHealth;
import java.time.OffsetDateTime;

/**
 * One sentry as the API shows it.
 *
 * @param site the name of its site, or {@code null}
 * @param lastSeen when its latest batch arrived, or {@code null} before the first
 * @param lastSequence the highest report sequence stored for it
 * @param dropped entries its outbox dropped in all, as it last reported
 * @param health its latest self-report, or {@code null} before the first
 */
public record SentryView(
    long id,
    String name,
    String site,
    OffsetDateTime lastSeen,
    long lastSequence,
    long dropped,
    SentryHealth health) {}
