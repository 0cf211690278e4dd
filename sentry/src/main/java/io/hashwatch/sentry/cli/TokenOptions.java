package io.hashwatch.sentry.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the sentry's bearer token comes from. {@code --token} shows in {@code ps} and shell
 * history, so the file and the environment variable are the ways to use in production.
 */
final class TokenOptions {
  static final String VARIABLE = "HASHWATCH_SENTRY_TOKEN";

  /** A token is at most 4 KiB; the rest leaves room for surrounding whitespace. */
  private static final int MAX_FILE_BYTES = 8 * 1024;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "The sentry's token (visible in ps; prefer --token-file or " + VARIABLE + ").")
  String token;

  @Option(
      names = "--token-file",
      paramLabel = "PATH",
      description = "A file holding the sentry's token; surrounding whitespace is ignored.")
  Path file;

  /**
   * The token from the options given, else from the environment.
   *
   * @param given the parsed option group, {@code null} when neither option was given
   */
  static String resolve(TokenOptions given, Map<String, String> environment)
      throws BadInputException {
    if (given != null && given.token != null) {
      return given.token;
    }
    if (given != null && given.file != null) {
      return readFile(given.file);
    }
    String fromEnvironment = environment.get(VARIABLE);
    if (fromEnvironment == null || fromEnvironment.isBlank()) {
      throw new BadInputException(
          "no token: give --token-file PATH or --token TOKEN, or set " + VARIABLE);
    }
    return fromEnvironment.strip();
  }

  private static String readFile(Path path) throws BadInputException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new BadInputException("--token-file " + path + ": cannot read: " + e.getMessage());
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new BadInputException("--token-file " + path + ": too large for a token");
    }
    String token = new String(bytes, StandardCharsets.UTF_8).strip();
    if (token.isEmpty()) {
      throw new BadInputException("--token-file " + path + ": is empty");
    }
    return token;
  }
}
