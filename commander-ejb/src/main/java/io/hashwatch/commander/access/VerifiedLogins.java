package io.hashwatch.commander.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a few minutes which username and password pairs were checked, so that a tool
 * calling the API with HTTP Basic every second does not pay the slow hash each time. Only a SHA-256
 * of the pair is kept, and the map is bounded.
 */
@ApplicationScoped
public class VerifiedLogins {
  static final Duration TTL = Duration.ofMinutes(5);
  static final int MAX_ENTRIES = 1000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  private record Entry(Role role, Instant expires) {}

  Role find(String username, String password) {
    Entry entry = entries.get(key(username, password));
    if (entry == null || entry.expires().isBefore(clock.instant())) {
      return null;
    }
    return entry.role();
  }

  void remember(String username, String password, Role role) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key(username, password), new Entry(role, clock.instant().plus(TTL)));
  }

  private static String key(String username, String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(username.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
