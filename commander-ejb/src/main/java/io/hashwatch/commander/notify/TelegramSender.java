package io.hashwatch.commander.notify;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Map;

/**
 * Sends the message's text through the Telegram Bot API: {@code POST {base}/bot{token}/sendMessage}
 * with {@code {"chat_id", "text"}}, cut to Telegram's 4096 characters; delivered only when Telegram
 * answers {@code "ok": true}. The token is part of the URL, so no error message here names the URL.
 */
final class TelegramSender implements Sender {
  static final int MAX_TEXT = 4096;

  private final HttpPost http;

  TelegramSender(HttpPost http) {
    this.http = http;
  }

  @Override
  public Attempt send(Channel channel, Outgoing outgoing, Instant now) {
    URI uri;
    try {
      uri = new URI(channel.telegramBase() + "/bot" + channel.secret() + "/sendMessage");
    } catch (URISyntaxException e) {
      return new Attempt.Refused("the bot token does not fit in a URL");
    }
    String json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("chat_id", channel.recipient())
            .add("text", Message.cut(outgoing.message().text(), MAX_TEXT))
            .add("disable_web_page_preview", true)
            .build()
            .toString();
    return http.post(uri, json, Map.of(), TelegramSender::answered);
  }

  private static Attempt answered(HttpPost.Reply reply) {
    JsonObject answer = HttpPost.object(reply.body());
    if (answer != null
        && answer.getOrDefault("ok", JsonValue.FALSE).getValueType() == JsonValue.ValueType.TRUE) {
      return new Attempt.Accepted();
    }
    String description = answer == null ? reply.body() : answer.getString("description", "");
    return new Attempt.Refused(
        "Telegram did not say ok: " + Message.cut(description, HttpPost.ERROR_CHARS));
  }
}
