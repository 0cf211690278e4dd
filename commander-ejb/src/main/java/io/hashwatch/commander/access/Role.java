package io.hashwatch.commander.access;

import java.util.Locale;

/**
 * What a person may do; each role may also do everything of the roles before it. The wire form is
 * the lower-case name.
 */
public enum Role {
  VIEWER,
  OPERATOR,
  ADMIN;

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named {@code wire}, or {@code null} when there is none of that name. */
  public static Role fromWire(String wire) {
    for (Role role : values()) {
      if (role.wire().equals(wire)) {
        return role;
      }
    }
    return null;
  }
}
