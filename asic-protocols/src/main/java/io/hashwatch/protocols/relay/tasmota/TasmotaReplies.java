package io.hashwatch.protocols.relay.tasmota;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/** Reads the replies of Tasmota's {@code /cm} commands. Pure functions of the reply text. */
public final class TasmotaReplies {

  private TasmotaReplies() {}

  /**
   * The reply to {@code command} as a JSON object, after the refusals Tasmota answers with HTTP
   * 200: a {@code WARNING} (wrong or missing password) or {@code {"Command":"Unknown"}}.
   */
  public static JsonObject reply(String command, String body)
      throws DeviceResponseException, MalformedReplyException {
    JsonObject reply = JsonReplies.object(body, "the reply");
    if (reply.get("WARNING") instanceof JsonString warning) {
      throw new DeviceResponseException(
          401, "Tasmota refused '" + command + "': " + warning.getString());
    }
    if (reply.get("Command") instanceof JsonString answer
        && answer.getString().equalsIgnoreCase("Unknown")) {
      throw new DeviceResponseException(400, "Tasmota does not know the command '" + command + "'");
    }
    return reply;
  }

  /**
   * Whether relay {@code relay} is on in a {@code Power} reply: {@code POWER<relay>}, or plain
   * {@code POWER} as a device with one relay answers for relay 1.
   */
  public static boolean power(JsonObject reply, int relay) throws MalformedReplyException {
    JsonValue value = reply.get("POWER" + relay);
    if (value == null && relay == 1) {
      value = reply.get("POWER");
    }
    if (value instanceof JsonString text) {
      String word = text.getString().toUpperCase(Locale.ROOT);
      if (word.equals("ON") || word.equals("OFF")) {
        return word.equals("ON");
      }
    }
    throw new MalformedReplyException(
        "no ON/OFF for relay " + relay + " in " + JsonReplies.snippet(reply.toString()));
  }

  /**
   * The power in watts of relay {@code relay} in a {@code Status 8} reply ({@code
   * StatusSNS.ENERGY.Power}, a number or one per channel), or null when the device has no meter.
   */
  public static Double energyPower(JsonObject reply, int relay) {
    JsonValue power = null;
    if (reply.get("StatusSNS") instanceof JsonObject sensors
        && sensors.get("ENERGY") instanceof JsonObject energy) {
      power = energy.get("Power");
    }
    if (power instanceof JsonArray perChannel) {
      power = relay <= perChannel.size() ? perChannel.get(relay - 1) : null;
    }
    return power instanceof JsonNumber number && Double.isFinite(number.doubleValue())
        ? number.doubleValue()
        : null;
  }
}
