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
 * of the pair is kept, and the map is bounded. Each entry holds the stored hash it was checked
 * against and counts only while the user's row still holds that hash: a new password or a deleted
 * user ends it at once, on every node, and the role always comes from the row.
 */
@ApplicationScoped
public class VerifiedLogins {
  static final Duration TTL = Duration.ofMinutes(5);
  static final int MAX_ENTRIES = 1000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  Clock clock = Clock.systemUTC();

  private record Entry(String username, String passwordHash, Instant expires) {}

  /**
   * Whether {@code password} was checked recently against {@code storedHash}, the hash the user's
   * row holds now.
   */
  boolean isVerified(String username, String password, String storedHash) {
    Entry entry = entries.get(key(username, password));
    return entry != null
        && entry.passwordHash().equals(storedHash)
        && entry.expires().isAfter(clock.instant());
  }

  void remember(String username, String password, String storedHash) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        key(username, password), new Entry(username, storedHash, clock.instant().plus(TTL)));
  }

  /** Drops every entry of {@code username}: its password changed or it was deleted. */
  void forget(String username) {
    entries.values().removeIf(entry -> entry.username().equals(username));
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
