package io.hashwatch.commander.alerts;

import java.time.OffsetDateTime;

/**
 * A rule as stored, with who changed it last.
 *
 * @param builtIn whether it is one of the day-one {@link AlertRules#defaults() defaults}, which can
 *     be edited or disabled but not deleted
 * @param updatedBy a user name, or {@code "commander"} for a default as seeded
 */
public record StoredRule(
    AlertRule rule, boolean builtIn, OffsetDateTime updated, String updatedBy) {}
