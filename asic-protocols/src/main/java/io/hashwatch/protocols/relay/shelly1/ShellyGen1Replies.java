package io.hashwatch.protocols.relay.shelly1;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Reads the replies of Shelly Gen1 relays. Pure functions of the reply text. */
public final class ShellyGen1Replies {

  private ShellyGen1Replies() {}

  /** The state in a {@code /relay/N} reply: {@code {"ison":true,"has_timer":false,...}}. */
  public static RelayState relay(String body) throws MalformedReplyException {
    JsonValue ison = JsonReplies.object(body, "the reply").get("ison");
    if (ison == JsonValue.TRUE || ison == JsonValue.FALSE) {
      return RelayState.of(ison == JsonValue.TRUE);
    }
    throw new MalformedReplyException(
        "the relay reply has no true/false 'ison': " + JsonReplies.snippet(body));
  }

  /**
   * The power in watts in a {@code /meter/N} reply ({@code {"power":35.2,"is_valid":true,...}}), or
   * null when the meter says its figure is not valid.
   */
  public static Double meterPower(String body) throws MalformedReplyException {
    JsonObject meter = JsonReplies.object(body, "the reply");
    if (meter.get("is_valid") == JsonValue.FALSE) {
      return null;
    }
    if (meter.get("power") instanceof JsonNumber power && Double.isFinite(power.doubleValue())) {
      return power.doubleValue();
    }
    throw new MalformedReplyException(
        "the meter reply has no numeric 'power': " + JsonReplies.snippet(body));
  }
}
