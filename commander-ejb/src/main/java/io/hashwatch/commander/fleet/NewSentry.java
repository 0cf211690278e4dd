package io.hashwatch.commander.fleet;

/** A sentry just registered, with the only copy of its token the commander will ever give out. */
public record NewSentry(long id, String name, String token) {}
