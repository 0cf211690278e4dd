package io.hashwatch.commander.web.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user name and password of an {@code Authorization: Basic} header (RFC 7617). */
public record BasicLogin(String username, String password) {
  private static final String SCHEME = "Basic ";

  /** The login in {@code authorization}, or empty when the header is absent or not Basic. */
  public static Optional<BasicLogin> of(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0
          ? Optional.empty()
          : Optional.of(new BasicLogin(pair.substring(0, colon), pair.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
