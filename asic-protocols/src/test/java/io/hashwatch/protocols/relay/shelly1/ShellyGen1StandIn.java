package io.hashwatch.protocols.relay.shelly1;

import io.hashwatch.protocols.relay.RelayStandIn;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Shelly Gen1 device on a real loopback HTTP server: {@code /relay/N[?turn=on|off]} answers the
 * recorded replies of a real Plug S (fixtures/shelly-gen1-plug-s) for the relay's state, {@code
 * /meter/N} the power when it meters (404 otherwise), unknown relays 404, and with a password set
 * it wants HTTP Basic as the device does.
 */
public final class ShellyGen1StandIn extends RelayStandIn {
  static final String ON_REPLY = Fixtures.text("shelly-gen1-plug-s/relay_0_turn_on.json");
  static final String OFF_REPLY = Fixtures.text("shelly-gen1-plug-s/relay_0_turn_off.json");
  private static final Pattern PATH = Pattern.compile("/(relay|meter)/(\\d+)");

  private final Double watts;
  private final String basic;

  /**
   * @param relayCount the relays of the device, all on at start
   * @param watts what its meter reads while on, or null for a model without a meter
   * @param user with {@code password}, the login the device wants; null for none
   */
  public ShellyGen1StandIn(int relayCount, Double watts, String user, String password)
      throws IOException {
    super(0, relayCount);
    this.watts = watts;
    this.basic =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    serve();
  }

  public static ShellyGen1StandIn open(int relayCount, Double watts) throws IOException {
    return new ShellyGen1StandIn(relayCount, watts, null, null);
  }

  @Override
  protected Answer answer(Request request) {
    if (basic != null && !basic.equals(request.authorization())) {
      return new Answer(
          401, "401 Unauthorized", Map.of("WWW-Authenticate", "Basic realm=\"shelly\""));
    }
    Matcher matcher = PATH.matcher(request.path());
    if (!matcher.matches() || !relays.containsKey(Integer.parseInt(matcher.group(2)))) {
      return Answer.status(404, "Not Found");
    }
    int relay = Integer.parseInt(matcher.group(2));
    if (matcher.group(1).equals("meter")) {
      return watts == null
          ? Answer.status(404, "Not Found")
          : Answer.json(
              "{\"power\":"
                  + (relays.get(relay) ? watts : 0.0)
                  + ",\"overpower\":0.00,\"is_valid\":true,\"timestamp\":1700000000,"
                  + "\"counters\":[0.0,0.0,0.0],\"total\":12}");
    }
    String turn = request.query().get("turn");
    if (turn != null) {
      relays.put(relay, turn.equals("on"));
    }
    return Answer.json(relays.get(relay) ? ON_REPLY : OFF_REPLY);
  }
}
