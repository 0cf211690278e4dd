package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sections of cgminer-style replies, and the replies a miner refused, as LuxOS gives them. */
final class LuxosReplies {
  private static final int MAX_ERROR_TEXT = 200;

  private LuxosReplies() {}

  /**
   * The replies whose STATUS is not an error; each refused or missing one is noted in {@code
   * errors}.
   */
  static Map<String, JsonObject> usable(
      Map<String, JsonObject> replies, List<String> commands, List<String> errors) {
    Map<String, JsonObject> usable = new HashMap<>();
    for (String command : commands) {
      JsonObject reply = replies.get(command);
      if (reply == null) {
        errors.add(command + ": no reply");
        continue;
      }
      try {
        CgminerStatus.check(reply);
        usable.put(command, reply);
      } catch (DeviceResponseException e) {
        String message = command + ": " + e.getMessage();
        errors.add(
            message.length() <= MAX_ERROR_TEXT ? message : message.substring(0, MAX_ERROR_TEXT));
      }
    }
    return usable;
  }

  /** The objects of a reply's section ({@code "DEVS":[{...},{...}]}); empty when absent. */
  static List<JsonObject> entries(JsonObject reply, String section) {
    if (reply == null || !(reply.get(section) instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  static JsonObject first(JsonObject reply, String section) {
    List<JsonObject> entries = entries(reply, section);
    return entries.isEmpty() ? null : entries.get(0);
  }

  /** A list cut to the reading's bound, saying so among the errors. */
  static <T> List<T> bounded(List<T> list, int max, String name, List<String> errors) {
    if (list.size() <= max) {
      return list;
    }
    errors.add(
        "the miner reported " + list.size() + " " + name + "; the first " + max + " are kept");
    return list.subList(0, max);
  }
}
