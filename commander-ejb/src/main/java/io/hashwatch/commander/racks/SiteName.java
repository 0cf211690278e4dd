package io.hashwatch.commander.racks;

/** A site as a choice in the control room. */
public record SiteName(long id, String name) {}
