package io.hashwatch.commander.racks;

/**
 * What auto-placing did.
 *
 * @param placed devices put into free slots
 * @param left devices of the site still standing nowhere, for want of free slots
 */
public record AutoPlaced(int placed, int left) {}
