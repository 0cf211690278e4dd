package io.hashwatch.protocols.cgminer;

import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The STATUS of a cgminer reply: an array of one object in cgminer ({@code
 * "STATUS":[{"STATUS":"S","Code":11,...}]}), a bare object or string in some derivatives
 * (Whatsminer v2 {@code get_*} replies, Antminer web CGI).
 */
public final class CgminerStatus {

  private CgminerStatus() {}

  /**
   * Passes a reply whose status is S (success), I (info) or W (warning), or which has no status.
   *
   * @throws DeviceResponseException for E (error) and F (fatal), with the reply's code and message
   */
  public static void check(JsonObject reply) throws DeviceResponseException {
    JsonObject status = statusObject(reply);
    String letter = letter(reply, status);
    if ("E".equals(letter) || "F".equals(letter)) {
      int code = status == null ? -1 : intOf(status.get("Code"));
      String message = status == null ? "" : textOf(status.get("Msg"));
      throw new DeviceResponseException(
          code, "the miner answered " + letter + " " + code + ": " + message);
    }
  }

  /** The {@code Description} of the reply's status (the miner program and version), or null. */
  public static String description(JsonObject reply) {
    JsonObject status = statusObject(reply);
    return status == null ? null : textOf(status.get("Description"));
  }

  private static JsonObject statusObject(JsonObject reply) {
    JsonValue status = reply.get("STATUS");
    if (status == null) {
      return null;
    }
    return switch (status.getValueType()) {
      case ARRAY ->
          status.asJsonArray().isEmpty()
                  || status.asJsonArray().get(0).getValueType() != JsonValue.ValueType.OBJECT
              ? null
              : status.asJsonArray().getJsonObject(0);
      case OBJECT -> status.asJsonObject();
      case STRING -> reply; // Whatsminer v2: STATUS, Code and Msg sit beside each other
      default -> null;
    };
  }

  private static String letter(JsonObject reply, JsonObject status) {
    if (status == null) {
      return null;
    }
    JsonValue letter = status == reply ? reply.get("STATUS") : status.get("STATUS");
    return letter instanceof JsonString text ? text.getString() : null;
  }

  private static int intOf(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return number.intValue();
    }
    if (value instanceof JsonString text) {
      try {
        return Integer.parseInt(text.getString().strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  private static String textOf(JsonValue value) {
    if (value == null) {
      return null;
    }
    return value instanceof JsonString text ? text.getString() : value.toString();
  }
}
