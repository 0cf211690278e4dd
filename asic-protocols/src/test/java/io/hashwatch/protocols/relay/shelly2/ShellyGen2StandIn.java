package io.hashwatch.protocols.relay.shelly2;

import io.hashwatch.protocols.relay.RelayStandIn;
import io.hashwatch.protocols.testing.DigestServer;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import java.io.IOException;
import java.util.Map;

/**
 * A Shelly Gen2+ device (a Plus 1PM) on a real loopback HTTP server: {@code /rpc/Switch.Set} and
 * {@code /rpc/Switch.GetStatus} over GET, JSON-RPC error objects for an unknown switch or method,
 * and, with a password, Digest SHA-256 authentication with the device id as realm, every response
 * hash checked.
 */
public final class ShellyGen2StandIn extends RelayStandIn {
  public static final String DEVICE_ID = "shellyplus1pm-a8032ab12345";

  private final Double watts;
  private final DigestServer digest;

  /**
   * @param switchCount the switches, all on at start
   * @param watts the active power while on, or null for a model without a meter (a Plus 1)
   * @param password the device password, or null when authentication is off
   */
  public ShellyGen2StandIn(int switchCount, Double watts, String password) throws IOException {
    super(0, switchCount);
    this.watts = watts;
    this.digest = password == null ? null : DigestServer.sha256(DEVICE_ID, "admin", password);
    serve();
  }

  @Override
  protected Answer answer(Request request) {
    if (digest != null
        && !digest.accepts(request.method(), request.target(), request.authorization())) {
      return new Answer(
          401,
          "{\"code\":401,\"message\":\"unauthorized\"}",
          Map.of("WWW-Authenticate", digest.challenge()));
    }
    String method = request.path().substring("/rpc/".length());
    if (!method.equals("Switch.Set") && !method.equals("Switch.GetStatus")) {
      return error(404, -114, "Method " + method + " failed: No handler!");
    }
    Map<String, String> params = request.query();
    int id = Integer.parseInt(params.getOrDefault("id", "0"));
    Boolean on = relays.get(id);
    if (on == null) {
      return error(500, -105, "Argument 'id', value " + id + " not found!");
    }
    if (method.equals("Switch.Set")) {
      relays.put(id, Boolean.parseBoolean(params.get("on")));
      return Answer.json("{\"was_on\":" + on + "}");
    }
    String power = watts == null ? "" : ",\"apower\":" + (on ? watts : 0.0);
    return Answer.json(
        "{\"id\":"
            + id
            + ",\"source\":\"http\",\"output\":"
            + on
            + power
            + ",\"voltage\":237.5,\"temperature\":{\"tC\":47.3,\"tF\":117.2}}");
  }

  private static Answer error(int status, int code, String message) {
    return new Answer(
        status,
        "{\"code\":" + code + ",\"message\":\"" + message + "\"}",
        Map.of("Content-Type", "application/json"));
  }
}
