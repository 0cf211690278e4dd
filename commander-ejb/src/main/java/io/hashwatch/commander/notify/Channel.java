package io.hashwatch.commander.notify;

import io.hashwatch.commander.alerts.Scope;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.alerts.Subject;
import io.hashwatch.protocols.json.InvalidFieldException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where alerts are sent, and which. Checked when made: a bad channel is refused with the field it
 * got wrong ({@link InvalidFieldException}), never stored to fail at 3 a.m.
 *
 * @param id its id, or {@code null} before it is stored
 * @param url the webhook's or Discord's URL; Telegram's Bot API base, {@code null} for {@link
 *     #TELEGRAM_API}
 * @param secret the webhook's HMAC key (optional) or the Telegram bot token; never shown back
 * @param recipient the Telegram chat id, or the e-mail addresses separated by commas
 * @param minSeverity it gets alerts of this severity or worse
 * @param scope it gets alerts whose subject this covers
 */
public record Channel(
    Long id,
    String name,
    ChannelType type,
    String url,
    String secret,
    String recipient,
    Severity minSeverity,
    Scope scope,
    boolean enabled) {
  public static final String TELEGRAM_API = "https://api.telegram.org";
  static final int MAX_NAME = 120;
  static final int MAX_URL = 2000;
  static final int MAX_SECRET = 512;
  static final int MAX_RECIPIENT = 1000;
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s,<>]+@[^@\\s,<>]+\\.[^@\\s,<>]+");
  private static final Pattern CHAT_ID = Pattern.compile("-?\\d{1,20}|@[A-Za-z0-9_]{5,64}");

  public Channel {
    name = text(name);
    url = text(url);
    secret = text(secret);
    recipient = text(recipient);
    if (name == null) {
      throw new InvalidFieldException("name", "is required");
    }
    if (name.length() > MAX_NAME) {
      throw new InvalidFieldException("name", "is longer than " + MAX_NAME + " characters");
    }
    if (type == null) {
      throw new InvalidFieldException("type", "must be webhook, discord, telegram or email");
    }
    if (minSeverity == null) {
      throw new InvalidFieldException("minSeverity", "must be info, warning or critical");
    }
    if (scope == null) {
      throw new InvalidFieldException("scope", "must be farm, site:NAME, group:NAME or device:ID");
    }
    check(type, url, secret, recipient);
  }

  /** A copy with {@code id}. */
  public Channel withId(long id) {
    return new Channel(id, name, type, url, secret, recipient, minSeverity, scope, enabled);
  }

  /** A copy with {@code secret}. */
  public Channel withSecret(String secret) {
    return new Channel(id, name, type, url, secret, recipient, minSeverity, scope, enabled);
  }

  /** Whether it gets a change of {@code severity} about {@code subject}. */
  public boolean wants(Severity severity, Subject subject) {
    return severity.compareTo(minSeverity) >= 0 && scope.covers(subject);
  }

  /** The e-mail addresses of an e-mail channel. */
  public List<String> addresses() {
    return recipient == null
        ? List.of()
        : Arrays.stream(recipient.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
  }

  /** The Bot API base of a Telegram channel, without a trailing slash. */
  public String telegramBase() {
    String base = url == null ? TELEGRAM_API : url;
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  @Override
  public String toString() {
    // The secret stays out of logs.
    return "Channel[" + id + ", " + name + ", " + type.wire() + "]";
  }

  private static void check(ChannelType type, String url, String secret, String recipient) {
    limit("url", url, MAX_URL);
    limit("secret", secret, MAX_SECRET);
    limit("recipient", recipient, MAX_RECIPIENT);
    switch (type) {
      case WEBHOOK, DISCORD -> {
        if (url == null) {
          throw new InvalidFieldException("url", "is required for a " + type.wire() + " channel");
        }
        httpUrl(url);
      }
      case TELEGRAM -> {
        if (url != null) {
          httpUrl(url);
        }
        if (secret == null) {
          throw new InvalidFieldException("secret", "must be the Telegram bot's token");
        }
        if (recipient == null || !CHAT_ID.matcher(recipient).matches()) {
          throw new InvalidFieldException(
              "recipient", "must be the Telegram chat id (a number, or @channelname)");
        }
      }
      case EMAIL -> {
        if (recipient == null) {
          throw new InvalidFieldException("recipient", "must be e-mail addresses, comma-separated");
        }
        for (String address : recipient.split(",")) {
          if (!ADDRESS.matcher(address.trim()).matches()) {
            throw new InvalidFieldException(
                "recipient", "is not an e-mail address: " + address.trim());
          }
        }
      }
    }
  }

  private static void httpUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new InvalidFieldException("url", "must be an http:// or https:// URL");
  }

  private static void limit(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidFieldException(field, "is longer than " + max + " characters");
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
