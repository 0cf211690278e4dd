package io.hashwatch.commander.access;

/** What a person may do; each role may also do everything of the roles before it. */
public enum Role {
  VIEWER,
  OPERATOR,
  ADMIN;

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }
}
