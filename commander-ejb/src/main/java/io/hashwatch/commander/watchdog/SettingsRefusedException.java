package io.hashwatch.commander.watchdog;

/** Watchdog settings that make no sense; {@link #field()} names the setting as the API does. */
public class SettingsRefusedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public SettingsRefusedException(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** The problem without the field's name. */
  public String problem() {
    return getMessage().substring(field.length() + 1);
  }
}
