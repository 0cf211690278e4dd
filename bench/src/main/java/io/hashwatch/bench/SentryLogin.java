package io.hashwatch.bench;

/** A registered sentry: its id and the bearer token it reports with. */
public record SentryLogin(int index, long id, String name, String token) {}
