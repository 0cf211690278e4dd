package io.hashwatch.protocols.http;

/** How a device wants its HTTP callers to prove themselves. */
public sealed interface HttpAuth {

  /** No credentials. */
  record None() implements HttpAuth {}

  /** HTTP Basic, sent with the first request. */
  record Basic(String user, String password) implements HttpAuth {
    @Override
    public String toString() {
      return "Basic[user=" + user + "]";
    }
  }

  /** HTTP Digest, answered to the device's challenge (MD5 or SHA-256, qop auth). */
  record Digest(String user, String password) implements HttpAuth {
    @Override
    public String toString() {
      return "Digest[user=" + user + "]";
    }
  }

  /**
   * A token the device gave at login, sent with every request as the whole {@code Authorization}
   * value: Braiins OS wants the bare token, VNish {@code Bearer <token>} ({@link #bearer}).
   *
   * @throws IllegalArgumentException when the value is empty or could not stand in a header (a
   *     control character would end the header early)
   */
  record Token(String authorization) implements HttpAuth {
    public Token {
      if (!fits(authorization)) {
        throw new IllegalArgumentException("a token must be printable ASCII text");
      }
    }

    /** Whether a device's token can go in a header: non-blank printable ASCII. */
    public static boolean fits(String token) {
      return token != null
          && !token.isBlank()
          && token.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    @Override
    public String toString() {
      return "Token[***]";
    }
  }

  HttpAuth NONE = new None();

  /** {@code Authorization: Bearer <token>} (RFC 6750). */
  static Token bearer(String token) {
    if (!Token.fits(token)) {
      throw new IllegalArgumentException("a token must be printable ASCII text");
    }
    return new Token("Bearer " + token);
  }
}
