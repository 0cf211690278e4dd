package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonObject;
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

  static JsonObject first(JsonObject reply, String section) {
    List<JsonObject> entries = CgminerRows.objects(reply, section);
    return entries.isEmpty() ? null : entries.get(0);
  }
}
