package io.hashwatch.sentry.config;

/**
 * The configuration is wrong. The message starts with where (a file and line, or a flag) and says
 * what to write instead; it never holds a secret.
 */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
