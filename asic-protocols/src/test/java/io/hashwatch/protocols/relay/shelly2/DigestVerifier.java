package io.hashwatch.protocols.relay.shelly2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server side of HTTP Digest with SHA-256 and qop auth (RFC 7616 section 3.4), written apart
 * from the client's code so that a test proves the client right rather than agreeing with itself:
 * it issues nonces and checks each response hash.
 */
final class DigestVerifier {
  private final String realm;
  private final String user;
  private final String password;
  private final Set<String> nonces = ConcurrentHashMap.newKeySet();
  private final SecureRandom random = new SecureRandom();

  DigestVerifier(String realm, String user, String password) {
    this.realm = realm;
    this.user = user;
    this.password = password;
  }

  /** A fresh challenge, as a Gen2 Shelly sends it. */
  String challenge() {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    String nonce = HexFormat.of().formatHex(bytes);
    nonces.add(nonce);
    return "Digest qop=\"auth\", realm=\""
        + realm
        + "\", nonce=\""
        + nonce
        + "\", algorithm=SHA-256";
  }

  /** Whether {@code authorization} proves the password for {@code method} on {@code target}. */
  boolean accepts(String authorization, String method, String target) {
    if (authorization == null || !authorization.startsWith("Digest ")) {
      return false;
    }
    Map<String, String> p = parameters(authorization.substring(7));
    if (!user.equals(p.get("username"))
        || !realm.equals(p.get("realm"))
        || !nonces.contains(p.get("nonce"))
        || !target.equals(p.get("uri"))
        || !"SHA-256".equals(p.get("algorithm"))
        || !"auth".equals(p.get("qop"))
        || p.get("nc") == null
        || p.get("cnonce") == null) {
      return false;
    }
    String ha1 = sha256(user + ":" + realm + ":" + password);
    String ha2 = sha256(method + ":" + target);
    String expected =
        sha256(
            ha1
                + ":"
                + p.get("nonce")
                + ":"
                + p.get("nc")
                + ":"
                + p.get("cnonce")
                + ":auth:"
                + ha2);
    return expected.equals(p.get("response"));
  }

  /** The name=value and name="value" pairs of a header, split at commas outside quotes. */
  private static Map<String, String> parameters(String text) {
    Map<String, String> parameters = new HashMap<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (char c : (text + ",").toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        int equals = part.indexOf("=");
        if (equals > 0) {
          parameters.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    return parameters;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
