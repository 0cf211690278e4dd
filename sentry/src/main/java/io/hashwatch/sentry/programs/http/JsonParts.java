package io.hashwatch.sentry.programs.http;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Pool;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The parts of a program's JSON reply a parser walks, each read leniently: a part of another type
 * than expected (damage, another program's reply) reads as absent, never as an exception.
 */
public final class JsonParts {

  private JsonParts() {}

  /** The object under {@code key}, or null. */
  public static JsonObject object(JsonObject parent, String key) {
    return parent != null && parent.get(key) instanceof JsonObject child ? child : null;
  }

  /** The array under {@code key}, or null. */
  public static JsonArray array(JsonObject parent, String key) {
    return parent != null && parent.get(key) instanceof JsonArray child ? child : null;
  }

  /** The objects among the items of {@code value} when it is an array; others are skipped. */
  public static List<JsonObject> objects(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** Item {@code index} of {@code array} as a number, or null (absent, JSON null, not a number). */
  public static Double number(JsonArray array, int index) {
    return array == null || index >= array.size() ? null : LenientFields.number(array.get(index));
  }

  /** The text of {@code key} cut to a reading's bound, or null. */
  public static String text(JsonObject object, String... keys) {
    return Figures.text(object, keys);
  }

  /** {@code text} without a leading program name: {@code "GMiner 1.34"} is {@code "1.34"}. */
  public static String withoutPrefix(String text, String name) {
    if (text == null) {
      return null;
    }
    String stripped =
        text.regionMatches(true, 0, name, 0, name.length())
            ? text.substring(name.length()).strip()
            : text;
    return stripped.isEmpty() ? null : stripped;
  }

  /** The pool a program mines on, as the one active pool; none when it names no url. */
  public static List<Pool> activePool(String url, String user) {
    String clipped = Figures.clip(url);
    if (clipped == null || clipped.isBlank()) {
      return List.of();
    }
    return List.of(new Pool(clipped, Figures.clip(user), null, true, null, null, null));
  }
}
