package io.hashwatch.commander.access;

import jakarta.ejb.ApplicationException;

/**
 * A change to the users that the rules forbid (the last admin, an admin deleting himself, a short
 * password, no such user); the message says which. Nothing was written.
 */
@ApplicationException(rollback = true)
public class UserRuleException extends RuntimeException {

  public UserRuleException(String message) {
    super(message);
  }
}
