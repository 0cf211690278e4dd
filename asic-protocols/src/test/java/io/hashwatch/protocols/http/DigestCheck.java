package io.hashwatch.protocols.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server side of HTTP Digest (RFC 7616 section 3.4.1, qop=auth), written apart from the client
 * under test so that a test server checks the client's answer on its own.
 *
 * @param challenge the exact {@code WWW-Authenticate} value the device sends
 * @param algorithm the JCA name of the hash: {@code MD5} or {@code SHA-256}
 */
record DigestCheck(
    String challenge, String realm, String nonce, String algorithm, String user, String password) {
  private static final Pattern PARAMETER = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

  /** As an Antminer's lighttpd challenges: MD5, no algorithm named, qop in quotes. */
  static DigestCheck antminer(String password) {
    String nonce = "1a2b3c4d5e6f7081";
    return new DigestCheck(
        "Digest realm=\"antminer\", nonce=\"" + nonce + "\", qop=\"auth\"",
        "antminer",
        nonce,
        "MD5",
        "root",
        password);
  }

  /** As a Shelly Gen2 device challenges: the realm is the device id, SHA-256. */
  static DigestCheck shellyGen2(String password) {
    String realm = "shellyplus1pm-441793d69718";
    String nonce = "60dc59c6";
    return new DigestCheck(
        "Digest qop=\"auth\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", algorithm=SHA-256",
        realm,
        nonce,
        "SHA-256",
        "admin",
        password);
  }

  /** Whether {@code authorization} proves the password for this request. */
  boolean accepts(String method, String requestUri, String authorization) {
    if (authorization == null || !authorization.startsWith("Digest ")) {
      return false;
    }
    Map<String, String> answer = new HashMap<>();
    Matcher matcher = PARAMETER.matcher(authorization.substring(7));
    while (matcher.find()) {
      answer.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
    }
    if (!user.equals(answer.get("username"))
        || !realm.equals(answer.get("realm"))
        || !nonce.equals(answer.get("nonce"))
        || !requestUri.equals(answer.get("uri"))
        || !"auth".equals(answer.get("qop"))
        || answer.get("nc") == null
        || answer.get("cnonce") == null) {
      return false;
    }
    String ha1 = hash(user + ":" + realm + ":" + password);
    String ha2 = hash(method + ":" + requestUri);
    String expected =
        hash(String.join(":", ha1, nonce, answer.get("nc"), answer.get("cnonce"), "auth", ha2));
    return expected.equals(answer.get("response"));
  }

  private String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
