package io.hashwatch.protocols.json;

/** A JSON document had a field that is missing, of the wrong type or out of range. */
public final class InvalidFieldException extends RuntimeException {
  private final String field;

  public InvalidFieldException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** The path of the bad field, such as {@code entries[3].reading.hashrateHs}. */
  public String field() {
    return field;
  }

  /** What is wrong with the field, without its path. */
  public String problem() {
    return getMessage().substring(field.length() + 2);
  }
}
