package io.hashwatch.protocols.relay.shelly1;

import io.hashwatch.protocols.relay.HttpStandIn;
import io.hashwatch.protocols.relay.HttpStandIn.Answer;
import io.hashwatch.protocols.relay.HttpStandIn.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Shelly Gen1 device on a real loopback HTTP server: {@code /relay/N[?turn=on|off]} answers the
 * recorded replies of a real Plug S (fixtures/shelly-gen1-plug-s) for the relay's state, {@code
 * /meter/N} the power when it meters (404 otherwise), unknown relays 404, and with a password set
 * it wants HTTP Basic as the device does.
 */
public final class ShellyGen1StandIn implements AutoCloseable {
  static final String ON_REPLY = fixture("relay_0_turn_on.json");
  static final String OFF_REPLY = fixture("relay_0_turn_off.json");
  private static final Pattern PATH = Pattern.compile("/(relay|meter)/(\\d+)");

  private final HttpStandIn http;
  private final Map<Integer, Boolean> relays = new ConcurrentHashMap<>();
  private final Double watts;
  private final String basic;

  /**
   * @param relayCount the relays of the device, all on at start
   * @param watts what its meter reads while on, or null for a model without a meter
   * @param user with {@code password}, the login the device wants; null for none
   */
  public ShellyGen1StandIn(int relayCount, Double watts, String user, String password)
      throws IOException {
    for (int relay = 0; relay < relayCount; relay++) {
      relays.put(relay, true);
    }
    this.watts = watts;
    this.basic =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.http = new HttpStandIn(this::answer);
  }

  public static ShellyGen1StandIn open(int relayCount, Double watts) throws IOException {
    return new ShellyGen1StandIn(relayCount, watts, null, null);
  }

  private Answer answer(Request request) {
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

  public boolean isOn(int relay) {
    return relays.get(relay);
  }

  public void set(int relay, boolean on) {
    relays.put(relay, on);
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

  static String fixture(String name) {
    String path = "/fixtures/shelly-gen1-plug-s/" + name;
    try (InputStream in = ShellyGen1StandIn.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
