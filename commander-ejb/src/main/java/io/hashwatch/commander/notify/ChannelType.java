package io.hashwatch.commander.notify;

import java.util.Locale;

/** How a channel delivers; the wire form (API, table) is the lower-case name. */
public enum ChannelType {
  /** A JSON POST signed with HMAC-SHA256 to any URL. */
  WEBHOOK,
  /** A Discord channel's webhook URL. */
  DISCORD,
  /** A Telegram bot (its token) writing to one chat. */
  TELEGRAM,
  /** E-mail over the commander's SMTP server. */
  EMAIL;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type named {@code wire}, or {@code null} when there is none of that name. */
  public static ChannelType fromWire(String wire) {
    for (ChannelType type : values()) {
      if (type.wire().equals(wire)) {
        return type;
      }
    }
    return null;
  }
}
