package io.hashwatch.sentry.cli;

/** Something the operator gave (an option, a file) is wrong; the message says what to fix. */
final class BadInputException extends Exception {
  BadInputException(String message) {
    super(message);
  }
}
