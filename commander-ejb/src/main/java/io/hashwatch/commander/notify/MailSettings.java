package io.hashwatch.commander.notify;

import java.time.Duration;
import java.util.Locale;

/**
 * The SMTP server e-mail channels send through (MicroProfile Config {@code hashwatch.smtp.*}).
 *
 * @param host {@code null} when no server is configured: e-mail channels then fail with that said
 * @param user {@code null} to send without logging in
 * @param timeout for connecting, and for each read and write
 */
public record MailSettings(
    String host,
    int port,
    String user,
    String password,
    String from,
    Security security,
    Duration timeout) {
  public static final int DEFAULT_PORT = 587;
  public static final String DEFAULT_FROM = "hashwatch@localhost";

  /** How the connection to the SMTP server is protected. */
  public enum Security {
    /** Plain connection upgraded with STARTTLS, which must succeed (port 587). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, port 465). */
    TLS,
    /** Plain text: only for a relay on the same host or a trusted network. */
    NONE;

    /** The security named {@code wire} (starttls, tls, none). */
    public static Security fromWire(String wire) {
      for (Security security : values()) {
        if (security.name().toLowerCase(Locale.ROOT).equals(wire)) {
          return security;
        }
      }
      throw new IllegalArgumentException(
          "hashwatch.smtp.security must be starttls, tls or none, not " + wire);
    }
  }

  public MailSettings {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("hashwatch.smtp.port must be 1 to 65535, not " + port);
    }
    if (from == null || from.isBlank()) {
      from = DEFAULT_FROM;
    }
    if (security == null) {
      security = Security.STARTTLS;
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      timeout = Duration.ofSeconds(10);
    }
  }

  /** Whether a server is configured. */
  public boolean configured() {
    return host != null && !host.isBlank();
  }
}
