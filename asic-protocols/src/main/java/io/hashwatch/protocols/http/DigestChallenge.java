package io.hashwatch.protocols.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code WWW-Authenticate: Digest ...} challenge and the answer to it (RFC 7616). */
record DigestChallenge(
    String realm, String nonce, String opaque, String algorithm, boolean qopAuth) {
  private static final Pattern PARAMETER =
      Pattern.compile("(\\w+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]+))");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The Digest challenge in {@code header}, or null when it holds none. */
  static DigestChallenge parse(String header) {
    if (header == null || !header.regionMatches(true, 0, "Digest ", 0, 7)) {
      return null;
    }
    Map<String, String> parameters = new HashMap<>();
    Matcher matcher = PARAMETER.matcher(header.substring(7));
    while (matcher.find()) {
      String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      parameters.put(matcher.group(1).toLowerCase(Locale.ROOT), value);
    }
    if (!parameters.containsKey("nonce")) {
      return null;
    }
    String qop = parameters.getOrDefault("qop", "");
    return new DigestChallenge(
        parameters.getOrDefault("realm", ""),
        parameters.get("nonce"),
        parameters.get("opaque"),
        parameters.getOrDefault("algorithm", "MD5"),
        qop.toLowerCase(Locale.ROOT).contains("auth"));
  }

  /** The {@code Authorization} header value answering this challenge. */
  String answer(String method, String uri, String user, String password) {
    String cnonce = HexFormat.of().formatHex(randomBytes());
    String nc = "00000001";
    String ha1 = hash(user + ":" + realm + ":" + password);
    if (algorithm.toLowerCase(Locale.ROOT).endsWith("-sess")) {
      ha1 = hash(ha1 + ":" + nonce + ":" + cnonce);
    }
    String ha2 = hash(method + ":" + uri);
    String response =
        qopAuth
            ? hash(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
            : hash(ha1 + ":" + nonce + ":" + ha2);
    StringBuilder header =
        new StringBuilder("Digest ")
            .append("username=\"")
            .append(user)
            .append("\", ")
            .append("realm=\"")
            .append(realm)
            .append("\", ")
            .append("nonce=\"")
            .append(nonce)
            .append("\", ")
            .append("uri=\"")
            .append(uri)
            .append("\", ")
            .append("algorithm=")
            .append(algorithm)
            .append(", ")
            .append("response=\"")
            .append(response)
            .append('"');
    if (qopAuth) {
      header.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
    }
    if (opaque != null) {
      header.append(", opaque=\"").append(opaque).append('"');
    }
    return header.toString();
  }

  private String hash(String text) {
    String name = algorithm.toUpperCase(Locale.ROOT).startsWith("SHA-256") ? "SHA-256" : "MD5";
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(name + " is part of every Java runtime", e);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
