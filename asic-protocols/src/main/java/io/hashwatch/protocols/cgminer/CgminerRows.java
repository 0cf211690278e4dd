package io.hashwatch.protocols.cgminer;

import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one section of a cgminer reply ({@code SUMMARY}, {@code DEVS}, {@code POOLS}...), for
 * drivers that read a reply even when part of it is missing: what could not be read is added to the
 * reading's errors instead of failing the poll.
 */
public final class CgminerRows {

  private CgminerRows() {}

  /**
   * The object rows of {@code section} in {@code reply} (the answer to {@code command}); empty,
   * with a reason added to {@code errors}, when the reply is missing, refused or has no such list.
   */
  public static List<JsonObject> rows(
      JsonObject reply, String command, String section, List<String> errors) {
    if (reply == null) {
      errors.add(command + ": no reply");
      return List.of();
    }
    try {
      CgminerStatus.check(reply);
    } catch (DeviceResponseException refused) {
      errors.add(bounded(command + ": " + refused.getMessage()));
      return List.of();
    }
    JsonValue rows = reply.get(section);
    if (rows == null || rows.getValueType() != JsonValue.ValueType.ARRAY) {
      errors.add(command + ": the reply has no " + section + " list");
      return List.of();
    }
    List<JsonObject> objects = new ArrayList<>();
    for (JsonValue row : rows.asJsonArray()) {
      if (row.getValueType() == JsonValue.ValueType.OBJECT) {
        objects.add(row.asJsonObject());
      }
    }
    return objects;
  }

  /**
   * The object rows of {@code section} in {@code reply} whatever its STATUS, for a caller that
   * checked the STATUS already or reads the STATUS section itself; empty when there is no such
   * list.
   */
  public static List<JsonObject> objects(JsonObject reply, String section) {
    if (reply == null || !(reply.get(section) instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** A reason cut to the length a reading's text allows. */
  public static String bounded(String reason) {
    return reason.length() <= Limits.MAX_TEXT
        ? reason
        : reason.substring(0, Limits.MAX_TEXT) + "...";
  }
}
