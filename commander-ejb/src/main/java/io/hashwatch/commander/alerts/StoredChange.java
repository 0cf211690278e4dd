package io.hashwatch.commander.alerts;

/** An alert the cycle opened or resolved, with the id of its row in {@code alert}. */
public record StoredChange(long alertId, AlertChange change) {}
