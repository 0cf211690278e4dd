package io.hashwatch.commander.fleet;

/** The rule every human-given name in the fleet follows. */
final class Names {
  static final int MAX_LENGTH = 120;

  private Names() {}

  static String require(String name, String what) {
    if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " must be 1 to " + MAX_LENGTH + " characters");
    }
    return name.strip();
  }
}
