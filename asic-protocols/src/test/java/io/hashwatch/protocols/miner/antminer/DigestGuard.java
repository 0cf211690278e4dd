package io.hashwatch.protocols.miner.antminer;

import com.sun.net.httpserver.HttpExchange;
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
 * HTTP Digest MD5 with qop auth as lighttpd guards an Antminer's CGI (RFC 7616): a request passes
 * only with an answer to a nonce this guard issued whose user, realm, URI and response hash are
 * right; any other gets a challenge header, and the caller answers 401.
 */
final class DigestGuard {
  private static final Pattern PARAMETER =
      Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|([^,\\s]+))");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String realm;
  private final String user;
  private final String password;
  private final Set<String> nonces = ConcurrentHashMap.newKeySet();
  private final AtomicInteger challenges = new AtomicInteger();

  DigestGuard(String realm, String user, String password) {
    this.realm = realm;
    this.user = user;
    this.password = password;
  }

  int challenges() {
    return challenges.get();
  }

  /** Whether the request answers a challenge rightly; if not, a new challenge is set on it. */
  boolean authorized(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header != null && header.startsWith("Digest ") && valid(exchange, header.substring(7))) {
      return true;
    }
    exchange.getResponseHeaders().add("WWW-Authenticate", challenge());
    return false;
  }

  private boolean valid(HttpExchange exchange, String header) {
    Map<String, String> answer = new HashMap<>();
    Matcher matcher = PARAMETER.matcher(header);
    while (matcher.find()) {
      answer.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
    }
    String uri = exchange.getRequestURI().toString();
    boolean wellFormed =
        nonces.contains(answer.get("nonce"))
            && user.equals(answer.get("username"))
            && realm.equals(answer.get("realm"))
            && uri.equals(answer.get("uri"))
            && "auth".equals(answer.get("qop"))
            && answer.get("nc") != null
            && answer.get("cnonce") != null
            && "MD5".equalsIgnoreCase(answer.getOrDefault("algorithm", "MD5"));
    if (!wellFormed) {
      return false;
    }
    String ha1 = md5(user + ":" + realm + ":" + password);
    String ha2 = md5(exchange.getRequestMethod() + ":" + uri);
    String expected =
        md5(
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

  private String challenge() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String nonce = HexFormat.of().formatHex(bytes);
    nonces.add(nonce);
    challenges.incrementAndGet();
    return "Digest realm=\""
        + realm
        + "\", charset=\"UTF-8\", nonce=\""
        + nonce
        + "\", qop=\"auth\", algorithm=\"MD5\"";
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }
}
