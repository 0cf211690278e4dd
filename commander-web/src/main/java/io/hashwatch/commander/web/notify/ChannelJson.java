package io.hashwatch.commander.web.notify;

import io.hashwatch.commander.alerts.Scope;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.notify.Channel;
import io.hashwatch.commander.notify.ChannelType;
import io.hashwatch.commander.notify.NotificationView;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;

/** The JSON of channels and notifications in the API (docs/API.md); times are ISO-8601 UTC. */
final class ChannelJson {
  private static final int MAX_FIELD = 2000;

  private ChannelJson() {}

  /**
   * The channel in a request body.
   *
   * @param keptSecret the secret when the body has none ({@code null} for a new channel); an empty
   *     {@code "secret"} removes it
   */
  static Channel read(FieldReader request, String keptSecret) {
    String typeName = request.requiredString("type", 16);
    ChannelType type = ChannelType.fromWire(typeName);
    if (type == null) {
      throw new InvalidFieldException("type", "must be webhook, discord, telegram or email");
    }
    return new Channel(
        null,
        request.requiredString("name", MAX_FIELD),
        type,
        request.optionalString("url", MAX_FIELD),
        request.has("secret") ? request.optionalString("secret", MAX_FIELD) : keptSecret,
        request.optionalString("recipient", MAX_FIELD),
        severity(request.optionalString("minSeverity", 16)),
        scope(request.optionalString("scope", MAX_FIELD)),
        request.optionalBoolean("enabled", true));
  }

  /** The channel without its secret: {@code secretSet} says whether it has one. */
  static JsonObject of(Channel channel) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", channel.id())
            .add("name", channel.name())
            .add("type", channel.type().wire());
    if (channel.url() != null) {
      json.add("url", channel.url());
    }
    if (channel.recipient() != null) {
      json.add("recipient", channel.recipient());
    }
    return json.add("secretSet", channel.secret() != null)
        .add("minSeverity", channel.minSeverity().wire())
        .add("scope", channel.scope().wire())
        .add("enabled", channel.enabled())
        .build();
  }

  static JsonObject of(NotificationView notification) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("id", notification.id())
            .add("channelId", notification.channelId())
            .add("created", utc(notification.created()))
            .add("title", notification.title())
            .add("status", notification.status().wire())
            .add("attempts", notification.attempts())
            .add("nextAttempt", utc(notification.nextAttempt()));
    if (notification.delivered() != null) {
      json.add("delivered", utc(notification.delivered()));
    }
    if (notification.lastError() != null) {
      json.add("lastError", notification.lastError());
    }
    return json.build();
  }

  private static Severity severity(String wire) {
    if (wire == null) {
      return Severity.WARNING;
    }
    Severity severity = Severity.fromWire(wire);
    if (severity == null) {
      throw new InvalidFieldException("minSeverity", "must be info, warning or critical");
    }
    return severity;
  }

  private static Scope scope(String wire) {
    if (wire == null) {
      return Scope.FARM;
    }
    try {
      return Scope.fromWire(wire);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("scope", e.getMessage());
    }
  }

  private static String utc(OffsetDateTime time) {
    return time.toInstant().toString();
  }
}
