package io.hashwatch.commander.alerts;

import java.time.Instant;

/**
 * What the rules know of one sentry.
 *
 * @param site the name of its site, or {@code null}
 * @param lastSeen when its latest batch arrived, or {@code null} if none ever did
 * @param dropped how many readings it has dropped so far (a counter), or {@code null}
 */
public record SentryFacts(
    long sentryId, String name, String site, Instant lastSeen, Long dropped) {}
