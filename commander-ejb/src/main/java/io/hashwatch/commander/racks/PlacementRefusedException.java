package io.hashwatch.commander.racks;

import jakarta.ejb.ApplicationException;

/**
 * A layout or a placement that breaks the rules of the rack map (out of range, occupied, no such
 * device or site); the message says which. Nothing was written.
 */
@ApplicationException(rollback = true)
public class PlacementRefusedException extends RuntimeException {

  public PlacementRefusedException(String message) {
    super(message);
  }
}
