package io.hashwatch.protocols.relay.shelly2;

import io.hashwatch.protocols.relay.HttpStandIn;
import io.hashwatch.protocols.relay.HttpStandIn.Answer;
import io.hashwatch.protocols.relay.HttpStandIn.Request;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Shelly Gen2+ device (a Plus 1PM) on a real loopback HTTP server: {@code /rpc/Switch.Set} and
 * {@code /rpc/Switch.GetStatus} over GET, JSON-RPC error objects for an unknown switch or method,
 * and, with a password, Digest SHA-256 authentication with the device id as realm, every response
 * hash checked.
 */
public final class ShellyGen2StandIn implements AutoCloseable {
  public static final String DEVICE_ID = "shellyplus1pm-a8032ab12345";

  private final HttpStandIn http;
  private final Map<Integer, Boolean> switches = new ConcurrentHashMap<>();
  private final Double watts;
  private final DigestVerifier digest;

  /**
   * @param switchCount the switches, all on at start
   * @param watts the active power while on, or null for a model without a meter (a Plus 1)
   * @param password the device password, or null when authentication is off
   */
  public ShellyGen2StandIn(int switchCount, Double watts, String password) throws IOException {
    for (int id = 0; id < switchCount; id++) {
      switches.put(id, true);
    }
    this.watts = watts;
    this.digest = password == null ? null : new DigestVerifier(DEVICE_ID, "admin", password);
    this.http = new HttpStandIn(this::answer);
  }

  private Answer answer(Request request) {
    if (digest != null
        && !digest.accepts(request.authorization(), request.method(), request.target())) {
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
    Boolean on = switches.get(id);
    if (on == null) {
      return error(500, -105, "Argument 'id', value " + id + " not found!");
    }
    if (method.equals("Switch.Set")) {
      switches.put(id, Boolean.parseBoolean(params.get("on")));
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

  public boolean isOn(int id) {
    return switches.get(id);
  }

  public int port() {
    return http.port();
  }

  public List<Request> requests() {
    return http.requests();
  }

  @Override
  public void close() {
    http.close();
  }
}
