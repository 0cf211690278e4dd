package io.hashwatch.sentry.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves a secret setting (a token, a password): {@code env:NAME} reads the environment variable
 * NAME, {@code file:PATH} reads the file (its trailing line break dropped), anything else is the
 * secret itself. Errors name the setting and the variable or file, never the secret.
 */
final class Secrets {
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  /** Tokens and passwords are short; anything longer is the wrong file. */
  private static final int MAX_FILE_BYTES = 64 * 1024;

  private Secrets() {}

  static String resolve(Setting setting, Map<String, String> environment) throws ConfigException {
    String value = setting.value();
    if (value.startsWith("env:")) {
      return variable(setting, value.substring(4), environment);
    }
    if (value.startsWith("file:")) {
      return file(setting, value.substring(5));
    }
    return value;
  }

  private static String variable(Setting setting, String name, Map<String, String> environment)
      throws ConfigException {
    if (!VARIABLE.matcher(name).matches()) {
      throw setting.problem("'env:" + name + "' does not name an environment variable");
    }
    String secret = environment.get(name);
    if (secret == null || secret.isEmpty()) {
      throw setting.problem("the environment variable " + name + " is not set");
    }
    return secret;
  }

  private static String file(Setting setting, String name) throws ConfigException {
    if (name.isBlank()) {
      throw setting.problem("'file:' needs a path, such as file:/etc/hashwatch/sentry-token");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(Path.of(name))) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw setting.problem("the file " + name + " does not exist");
    } catch (IOException | RuntimeException e) {
      throw setting.problem(
          "cannot read the file " + name + " (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw setting.problem("the file " + name + " is too large for a secret");
    }
    String secret = new String(bytes, StandardCharsets.UTF_8).replaceAll("[\\r\\n]+$", "");
    if (secret.isEmpty()) {
      throw setting.problem("the file " + name + " is empty");
    }
    return secret;
  }
}
