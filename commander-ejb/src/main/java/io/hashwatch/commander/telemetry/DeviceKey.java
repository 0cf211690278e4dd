package io.hashwatch.commander.telemetry;

/** A device is known by its address at the sentry that watches it. */
record DeviceKey(long sentryId, String address) {}
