package io.hashwatch.commander.fleet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Sentry bearer tokens: 32 random bytes, shown once. A fast hash is enough to keep them because,
 * unlike passwords, they cannot be guessed from a dictionary.
 */
final class SentryTokens {
  private static final String PREFIX = "hws_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SentryTokens() {}

  static String generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static boolean matches(String token, String storedHash) {
    return MessageDigest.isEqual(
        hash(token).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
