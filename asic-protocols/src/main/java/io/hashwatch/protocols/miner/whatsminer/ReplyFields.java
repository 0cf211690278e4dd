package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.json.LenientFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Safe reads from Whatsminer replies, besides the figures and texts of {@link
 * io.hashwatch.protocols.reading.Figures}: a section of the wrong type is absent and a flag may be
 * written as text, so that no firmware bug can make a valid reply fail the reading.
 */
final class ReplyFields {
  private ReplyFields() {}

  /** The object elements of the first of {@code keys} that is an array; empty when none is. */
  static List<JsonObject> objects(JsonObject reply, String... keys) {
    if (reply == null) {
      return List.of();
    }
    for (String key : keys) {
      JsonValue value = reply.get(key);
      if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue element : value.asJsonArray()) {
          if (element.getValueType() == JsonValue.ValueType.OBJECT) {
            objects.add(element.asJsonObject());
          }
        }
        return objects;
      }
    }
    return List.of();
  }

  /** The first object element of the array {@code key}, or null. */
  static JsonObject first(JsonObject reply, String key) {
    List<JsonObject> objects = objects(reply, key);
    return objects.isEmpty() ? null : objects.get(0);
  }

  /** The member {@code key} when it is an object, else null. */
  static JsonObject object(JsonObject parent, String key) {
    if (parent == null) {
      return null;
    }
    JsonValue value = parent.get(key);
    return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
        ? value.asJsonObject()
        : null;
  }

  /** A temperature, which may be below zero. */
  static Double temperature(JsonObject object, String... keys) {
    return LenientFields.number(object, keys);
  }

  /** Whether {@code key} is true, as JSON {@code true} or as the text {@code true}. */
  static boolean flag(JsonObject object, String key) {
    JsonValue value = object == null ? null : object.get(key);
    if (value == null) {
      return false;
    }
    return value.getValueType() == JsonValue.ValueType.TRUE
        || value instanceof JsonString text && "true".equalsIgnoreCase(text.getString().strip());
  }
}
