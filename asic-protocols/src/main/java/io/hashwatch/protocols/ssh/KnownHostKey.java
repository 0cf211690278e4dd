package io.hashwatch.protocols.ssh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * One host key as a line of an OpenSSH {@code known_hosts} file: {@code host type base64}. The host
 * is {@code name} for port 22 and {@code [name]:port} otherwise, as OpenSSH writes it. The key is
 * kept in its base64 text so the record holds nothing mutable.
 *
 * @param host the host as OpenSSH names it
 * @param type the key type, such as {@code ssh-ed25519} or {@code ecdsa-sha2-nistp256}
 * @param base64 the public key blob (RFC 4253 section 6.6) in base64
 */
public record KnownHostKey(String host, String type, String base64) {

  public KnownHostKey {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(base64, "base64");
    if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a known host has no spaces: '" + host + "'");
    }
  }

  /** The key a server offered, its type read from the blob itself. */
  public static KnownHostKey of(String host, byte[] blob) {
    return new KnownHostKey(host, typeOf(blob), Base64.getEncoder().encodeToString(blob));
  }

  /** The host name OpenSSH files a server under: the bare name on port 22. */
  public static String hostName(String host, int port) {
    return port == 22 ? host : "[" + host + "]:" + port;
  }

  /** The fingerprint as {@code ssh-keygen -l} and {@code ssh} print it: {@code SHA256:} base64. */
  public String fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64));
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  public boolean sameKey(KnownHostKey other) {
    return type.equals(other.type) && base64.equals(other.base64);
  }

  /** The line for the file. */
  public String line() {
    return host + " " + type + " " + base64;
  }

  private static String typeOf(byte[] blob) {
    ByteBuffer buffer = ByteBuffer.wrap(blob);
    if (buffer.remaining() < 4) {
      throw new IllegalArgumentException("a host key blob starts with its type");
    }
    int length = buffer.getInt();
    if (length <= 0 || length > buffer.remaining() || length > 64) {
      throw new IllegalArgumentException("a host key blob starts with its type");
    }
    return new String(blob, 4, length, StandardCharsets.US_ASCII);
  }
}
