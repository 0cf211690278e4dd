package io.hashwatch.commander.alerts;

import jakarta.ejb.ApplicationException;

/** A day-one default rule cannot be deleted, only edited or disabled (HTTP 409). */
@ApplicationException
public class DefaultRuleException extends RuntimeException {

  public DefaultRuleException(String id) {
    super(id + " is a default rule: it can be edited or disabled, not deleted");
  }
}
