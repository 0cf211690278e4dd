package io.hashwatch.commander.notify;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * The JSON of a {@link Message}: stored in the outbox, and posted as it is to webhooks. Fields:
 * {@code title}, {@code lines}, {@code bursts} ({@code site, count, total, severity}), {@code
 * changes} ({@code type} opened|resolved, {@code rule, kind, severity, subject, site?, label,
 * message, since, at}), {@code moreChanges} when changes were left out. docs/NOTIFICATIONS.md shows
 * an example.
 */
public final class MessageJson {

  private MessageJson() {}

  public static String write(Message message) {
    JsonArrayBuilder lines = CachedJsonProvider.INSTANCE.createArrayBuilder();
    message.lines().forEach(lines::add);
    JsonArrayBuilder bursts = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (Message.Burst burst : message.bursts()) {
      bursts.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("site", burst.site())
              .add("count", burst.count())
              .add("total", burst.total())
              .add("severity", burst.severity()));
    }
    JsonArrayBuilder changes = CachedJsonProvider.INSTANCE.createArrayBuilder();
    message.changes().forEach(change -> changes.add(change(change)));
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("title", message.title())
            .add("lines", lines)
            .add("bursts", bursts)
            .add("changes", changes);
    if (message.moreChanges() > 0) {
      json.add("moreChanges", message.moreChanges());
    }
    return json.build().toString();
  }

  public static Message read(String text) {
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      List<String> lines =
          json.getJsonArray("lines").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList();
      List<Message.Burst> bursts =
          json.getJsonArray("bursts").getValuesAs(JsonObject.class).stream()
              .map(
                  b ->
                      new Message.Burst(
                          b.getString("site"),
                          b.getInt("count"),
                          b.getInt("total"),
                          b.getString("severity")))
              .toList();
      List<Message.Change> changes =
          json.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
              .map(MessageJson::change)
              .toList();
      return new Message(
          json.getString("title"), lines, bursts, changes, json.getInt("moreChanges", 0));
    }
  }

  private static JsonObjectBuilder change(Message.Change change) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("type", change.type())
            .add("rule", change.rule())
            .add("kind", change.kind())
            .add("severity", change.severity())
            .add("subject", change.subject());
    if (change.site() != null) {
      json.add("site", change.site());
    }
    return json.add("label", change.label())
        .add("message", change.message())
        .add("since", change.since().toString())
        .add("at", change.at().toString());
  }

  private static Message.Change change(JsonObject json) {
    return new Message.Change(
        json.getString("type"),
        json.getString("rule"),
        json.getString("kind"),
        json.getString("severity"),
        json.getString("subject"),
        json.getString("site", null),
        json.getString("label"),
        json.getString("message"),
        Instant.parse(json.getString("since")),
        Instant.parse(json.getString("at")));
  }
}
