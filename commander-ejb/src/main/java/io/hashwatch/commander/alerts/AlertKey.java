package io.hashwatch.commander.alerts;

import java.io.Serializable;

/**
 * What makes an alert one alert: its rule and its subject. While an alert of a key is open no other
 * opens for it.
 *
 * @param subject the {@link Subject#key() subject's key}, {@code device:ID} or {@code sentry:ID}
 */
public record AlertKey(String ruleId, String subject) implements Serializable {}
