package io.hashwatch.commander.alerts;

import jakarta.ejb.ApplicationException;

/**
 * A rule, or a change to one, that cannot be stored: {@link #field()} names the part that is wrong
 * (as the API's request body names it), the message says why. An application exception: it reaches
 * the caller as it is, not wrapped by the EJB container.
 */
@ApplicationException
public class RuleRefusedException extends IllegalArgumentException {
  private final String field;

  public RuleRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
