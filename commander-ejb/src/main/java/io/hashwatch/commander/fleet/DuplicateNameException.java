package io.hashwatch.commander.fleet;

import jakarta.ejb.ApplicationException;

/** Something with this name exists already. Nothing was written. */
@ApplicationException(rollback = true)
public class DuplicateNameException extends RuntimeException {

  public DuplicateNameException(String message) {
    super(message);
  }
}
