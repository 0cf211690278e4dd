package io.hashwatch.protocols.relay.shelly2;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the JSON-RPC replies of Shelly Gen2+ devices. Pure functions of the reply text. */
public final class ShellyRpcReplies {

  private ShellyRpcReplies() {}

  /**
   * The result object of a reply to {@code method}: the body of an HTTP GET call, or the {@code
   * result} of a full JSON-RPC frame. A JSON-RPC error, bare (as GET calls answer it) or in the
   * frame's {@code error}, throws with its code and message.
   */
  public static JsonObject result(String method, String body)
      throws DeviceResponseException, MalformedReplyException {
    JsonObject reply = JsonReplies.object(body, "the reply");
    JsonValue framedError = reply.get("error");
    if (framedError instanceof JsonObject error) {
      throw refusal(method, error);
    }
    if (reply.get("code") instanceof JsonNumber && reply.get("message") instanceof JsonString) {
      throw refusal(method, reply);
    }
    if (reply.get("result") instanceof JsonObject result && reply.containsKey("src")) {
      return result;
    }
    return reply;
  }

  /** Throws the JSON-RPC error in {@code body} if it holds one; any other body is left alone. */
  public static void throwIfError(String method, String body) throws DeviceResponseException {
    try {
      result(method, body);
    } catch (MalformedReplyException notJson) {
      // not an error object: the HTTP status will tell
    }
  }

  /** The state in a {@code Switch.GetStatus} result: {@code output} and {@code apower}. */
  public static RelayState switchStatus(JsonObject status) throws MalformedReplyException {
    JsonValue output = status.get("output");
    if (output != JsonValue.TRUE && output != JsonValue.FALSE) {
      throw new MalformedReplyException(
          "Switch.GetStatus has no true/false 'output': " + JsonReplies.snippet(status.toString()));
    }
    Double power = null;
    if (status.get("apower") instanceof JsonNumber apower
        && Double.isFinite(apower.doubleValue())) {
      power = apower.doubleValue();
    }
    return new RelayState(output == JsonValue.TRUE, power);
  }

  /** Checks a {@code Switch.Set} result, {@code {"was_on":true}}. */
  public static void requireSetResult(JsonObject result) throws MalformedReplyException {
    JsonValue wasOn = result.get("was_on");
    if (wasOn != JsonValue.TRUE && wasOn != JsonValue.FALSE) {
      throw new MalformedReplyException(
          "Switch.Set has no true/false 'was_on': " + JsonReplies.snippet(result.toString()));
    }
  }

  /** The number as an int; 0 when it is none. Never {@code intValue()}: 1e999999999 is slow. */
  private static int code(JsonNumber number) {
    double value = number.doubleValue();
    return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE ? (int) value : 0;
  }

  private static DeviceResponseException refusal(String method, JsonObject error) {
    int code = error.get("code") instanceof JsonNumber number ? code(number) : 0;
    String message =
        error.get("message") instanceof JsonString text ? text.getString() : error.toString();
    return new DeviceResponseException(
        code, method + " was refused with JSON-RPC error " + code + ": " + message);
  }
}
