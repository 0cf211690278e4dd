package io.hashwatch.commander.notify;

import io.hashwatch.protocols.json.CachedJsonProvider;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Posts the message's text to a Discord webhook ({@code {"content": ...}}), cut to Discord's 2000
 * characters, with mentions turned off so that an alert cannot ping {@code @everyone}.
 */
final class DiscordSender implements Sender {
  static final int MAX_CONTENT = 2000;

  private final HttpPost http;

  DiscordSender(HttpPost http) {
    this.http = http;
  }

  @Override
  public Attempt send(Channel channel, Outgoing outgoing, Instant now) {
    String json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("content", Message.cut(outgoing.message().text(), MAX_CONTENT))
            .add(
                "allowed_mentions",
                CachedJsonProvider.INSTANCE
                    .createObjectBuilder()
                    .add("parse", CachedJsonProvider.INSTANCE.createArrayBuilder()))
            .build()
            .toString();
    return http.post(URI.create(channel.url()), json, Map.of(), reply -> new Attempt.Accepted());
  }
}
