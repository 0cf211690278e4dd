package io.hashwatch.commander.racks;

/** A device as the placement form offers it: by its address at its sentry. */
public record DeviceAddress(long id, String address, String sentry) {}
