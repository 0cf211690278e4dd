package io.hashwatch.commander.access;

import java.time.OffsetDateTime;

/** A user as the users page lists it; never the password hash. */
public record UserView(String username, Role role, OffsetDateTime created) {}
