package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.reading.Limits;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Safe reads from Whatsminer replies: a section of the wrong type is absent, a figure that is not a
 * number or is negative is absent, texts and lists are cut to the reading's bounds, so that no
 * firmware bug can make a valid reply fail the reading.
 */
final class ReplyFields {
  static final double MEGA = 1e6;
  static final double GIGA = 1e9;
  static final double TERA = 1e12;

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

  /** A figure that cannot be negative (power, hashrate, efficiency), scaled by {@code unit}. */
  static Double figure(JsonObject object, double unit, String... keys) {
    Double value = LenientFields.number(object, keys);
    return value == null || value < 0 ? null : value * unit;
  }

  /** A temperature, which may be below zero. */
  static Double temperature(JsonObject object, String... keys) {
    return LenientFields.number(object, keys);
  }

  static Long count(JsonObject object, String... keys) {
    Long value = LenientFields.whole(object, keys);
    return value == null || value < 0 ? null : value;
  }

  static Integer smallCount(JsonObject object, String... keys) {
    Long value = count(object, keys);
    return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
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

  /** Text cut to the reading's bound. */
  static String text(JsonObject object, String... keys) {
    return bounded(LenientFields.text(object, keys));
  }

  static String bounded(String text) {
    return text == null || text.length() <= Limits.MAX_TEXT
        ? text
        : text.substring(0, Limits.MAX_TEXT);
  }

  static <T> List<T> capped(List<T> list, int max) {
    return list.size() <= max ? list : List.copyOf(list.subList(0, max));
  }
}
