package io.hashwatch.protocols.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server side of HTTP Digest with qop auth (RFC 7616 section 3.4), written apart from the
 * client under test so that a test server proves the client right rather than agreeing with it: it
 * issues nonces, and a request passes only with an answer to one of them whose user, realm, URI,
 * algorithm and response hash are right.
 */
public final class DigestServer {
  private static final Pattern PARAMETER =
      Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|([^,\\s]+))");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String realm;
  private final String user;
  private final String password;
  private final String algorithm;
  private final String challengeFormat;
  private final Set<String> nonces = ConcurrentHashMap.newKeySet();
  private final AtomicInteger challenges = new AtomicInteger();

  /**
   * @param algorithm the JCA name of the hash: {@code MD5} or {@code SHA-256}
   * @param challengeFormat the {@code WWW-Authenticate} value, with {@code %1$s} for the realm and
   *     {@code %2$s} for the nonce
   */
  private DigestServer(
      String realm, String user, String password, String algorithm, String challengeFormat) {
    this.realm = realm;
    this.user = user;
    this.password = password;
    this.algorithm = algorithm;
    this.challengeFormat = challengeFormat;
  }

  /**
   * MD5 as lighttpd guards an Antminer's CGI.
   *
   * @param namesAlgorithm whether the challenge says {@code algorithm="MD5"}; older builds leave it
   *     out, and then MD5 is meant
   */
  public static DigestServer md5(
      String realm, String user, String password, boolean namesAlgorithm) {
    return new DigestServer(
        realm,
        user,
        password,
        "MD5",
        "Digest realm=\"%1$s\", charset=\"UTF-8\", nonce=\"%2$s\", qop=\"auth\""
            + (namesAlgorithm ? ", algorithm=\"MD5\"" : ""));
  }

  /** SHA-256 as a Shelly Gen2+ device asks for it: its device id is the realm. */
  public static DigestServer sha256(String realm, String user, String password) {
    return new DigestServer(
        realm,
        user,
        password,
        "SHA-256",
        "Digest qop=\"auth\", realm=\"%1$s\", nonce=\"%2$s\", algorithm=SHA-256");
  }

  /** A fresh challenge, for the {@code WWW-Authenticate} header of a 401. */
  public String challenge() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String nonce = HexFormat.of().formatHex(bytes);
    nonces.add(nonce);
    challenges.incrementAndGet();
    return String.format(challengeFormat, realm, nonce);
  }

  /** How many challenges it issued. */
  public int challenges() {
    return challenges.get();
  }

  /** Whether {@code authorization} proves the password for {@code method} on {@code uri}. */
  public boolean accepts(String method, String uri, String authorization) {
    if (authorization == null || !authorization.startsWith("Digest ")) {
      return false;
    }
    Map<String, String> answer = new HashMap<>();
    Matcher matcher = PARAMETER.matcher(authorization.substring(7));
    while (matcher.find()) {
      answer.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
    }
    boolean wellFormed =
        nonces.contains(answer.get("nonce"))
            && user.equals(answer.get("username"))
            && realm.equals(answer.get("realm"))
            && uri.equals(answer.get("uri"))
            && "auth".equals(answer.get("qop"))
            && answer.get("nc") != null
            && answer.get("cnonce") != null
            && algorithm.equalsIgnoreCase(answer.getOrDefault("algorithm", "MD5"));
    if (!wellFormed) {
      return false;
    }
    String ha1 = hash(user + ":" + realm + ":" + password);
    String ha2 = hash(method + ":" + uri);
    String expected =
        hash(
            String.join(
                ":",
                ha1,
                answer.get("nonce"),
                answer.get("nc"),
                answer.get("cnonce"),
                "auth",
                ha2));
    return expected.equals(answer.get("response"));
  }

  private String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }
}
