package io.hashwatch.commander.alerts;

import java.io.Serializable;

/**
 * What an alert is about: a device or a sentry.
 *
 * @param key {@code device:ID} or {@code sentry:ID}
 * @param site the name of its site, or {@code null}
 * @param label how a message names it: a device's address, a sentry's name
 */
public record Subject(String key, String site, String label) implements Serializable {
  static Subject of(DeviceFacts device) {
    return new Subject("device:" + device.deviceId(), device.site(), device.address());
  }

  static Subject of(SentryFacts sentry) {
    return new Subject("sentry:" + sentry.sentryId(), sentry.site(), "sentry " + sentry.name());
  }

  /** Whether it is a device (not a sentry). */
  public boolean isDevice() {
    return key.startsWith("device:");
  }
}
