package io.hashwatch.commander.alerts;

/**
 * A rule, or a change to one, that cannot be stored: {@link #field()} names the part that is wrong
 * (as the API's request body names it), the message says why.
 */
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
