package io.hashwatch.commander.alerts;

import java.io.Serializable;

/**
 * What an alert is about: a device or a sentry.
 *
 * @param key {@code device:ID} or {@code sentry:ID}
 * @param site the name of its site, or {@code null}
 * @param group the group a device is in, or {@code null} (sentries are in none)
 * @param label how a message names it: a device's address, a sentry's name
 */
public record Subject(String key, String site, String group, String label) implements Serializable {
  static Subject of(DeviceFacts device) {
    return new Subject(
        "device:" + device.deviceId(), device.site(), device.group(), device.address());
  }

  static Subject of(SentryFacts sentry) {
    return new Subject(
        "sentry:" + sentry.sentryId(), sentry.site(), null, "sentry " + sentry.name());
  }

  /** The device's id, or {@code null} when it is not a device. */
  public Long deviceId() {
    return isDevice() ? Long.valueOf(key.substring("device:".length())) : null;
  }

  /** Whether it is a device (not a sentry). */
  public boolean isDevice() {
    return key.startsWith("device:");
  }
}
