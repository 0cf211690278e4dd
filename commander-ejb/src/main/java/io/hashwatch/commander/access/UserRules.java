package io.hashwatch.commander.access;

/**
 * The rules every change to the users keeps: the farm always has an admin, nobody deletes himself,
 * and passwords are long enough to resist guessing.
 */
public final class UserRules {
  public static final int MIN_PASSWORD = 8;
  public static final int MAX_PASSWORD = 256;

  private UserRules() {}

  /** Throws unless {@code password} is {@value #MIN_PASSWORD} to {@value #MAX_PASSWORD} long. */
  public static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw new UserRuleException(
          "a password is " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
    }
  }

  /**
   * Throws when giving a user whose role is {@code current} the role {@code next} would leave the
   * farm without an admin.
   *
   * @param admins how many admins there are now
   */
  static void checkRoleChange(String username, Role current, Role next, long admins) {
    if (current == Role.ADMIN && next != Role.ADMIN && admins <= 1) {
      throw new UserRuleException(
          username + " is the last admin: make another admin before changing this role");
    }
  }

  /**
   * Throws when {@code actor} may not delete {@code username}, whose role is {@code role}.
   *
   * @param admins how many admins there are now
   */
  static void checkDelete(String actor, String username, Role role, long admins) {
    if (username.equals(actor)) {
      throw new UserRuleException("you cannot delete yourself: another admin can");
    }
    if (role == Role.ADMIN && admins <= 1) {
      throw new UserRuleException(username + " is the last admin and cannot be deleted");
    }
  }
}
