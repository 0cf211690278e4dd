package io.hashwatch.protocols.relay.tasmota;

import io.hashwatch.protocols.relay.RelayStandIn;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Tasmota device on a real loopback HTTP server, answering {@code /cm?cmnd=} as
 * xdrv_01_webserver.ino does: {@code PowerN [On|Off]} with {@code POWER} (one relay) or {@code
 * POWERN} (several), {@code Status 8} with the energy meter, {@code {"Command":"Unknown"}} for
 * anything else, and HTTP 200 with a {@code WARNING} when the web password is missing or wrong.
 */
public final class TasmotaStandIn extends RelayStandIn {
  private static final Pattern POWER = Pattern.compile("power(\\d*)(?: (on|off|1|0))?");

  private final double[] watts;
  private final String password;

  /**
   * @param relayCount relays numbered from 1, all on at start
   * @param watts per relay what its meter reads while on; empty for a device without a meter
   * @param password the web password, or null for none
   */
  public TasmotaStandIn(int relayCount, double[] watts, String password) throws IOException {
    super(1, relayCount);
    this.watts = watts.clone();
    this.password = password;
    serve();
  }

  @Override
  protected Answer answer(Request request) {
    Map<String, String> query = request.query();
    if (!request.path().equals("/cm")) {
      return Answer.status(404, "Not Found");
    }
    if (password != null
        && (!"admin".equals(query.get("user")) || !password.equals(query.get("password")))) {
      return Answer.json("{\"WARNING\":\"Need user=<username>&password=<password>\"}");
    }
    String command = query.getOrDefault("cmnd", "").toLowerCase(Locale.ROOT);
    if (command.equals("status 8")) {
      return Answer.json(status8());
    }
    Matcher power = POWER.matcher(command);
    if (!power.matches()) {
      return Answer.json("{\"Command\":\"Unknown\"}");
    }
    int relay = power.group(1).isEmpty() ? 1 : Integer.parseInt(power.group(1));
    if (!relays.containsKey(relay)) {
      return Answer.json("{\"Command\":\"Unknown\"}");
    }
    if (power.group(2) != null) {
      relays.put(relay, power.group(2).equals("on") || power.group(2).equals("1"));
    }
    String key = relays.size() == 1 ? "POWER" : "POWER" + relay;
    return Answer.json("{\"" + key + "\":\"" + (relays.get(relay) ? "ON" : "OFF") + "\"}");
  }

  private String status8() {
    String time = "\"Time\":\"2024-05-01T12:00:00\"";
    if (watts.length == 0) {
      return "{\"StatusSNS\":{" + time + "}}";
    }
    String power =
        watts.length == 1
            ? String.valueOf(relays.get(1) ? watts[0] : 0)
            : relays.keySet().stream()
                .sorted()
                .map(relay -> String.valueOf(relays.get(relay) ? watts[relay - 1] : 0))
                .collect(Collectors.joining(",", "[", "]"));
    return "{\"StatusSNS\":{"
        + time
        + ",\"ENERGY\":{\"TotalStartTime\":\"2024-01-01T00:00:00\",\"Total\":812.4,"
        + "\"Yesterday\":30.1,\"Today\":12.9,\"Power\":"
        + power
        + ",\"ApparentPower\":1480,\"ReactivePower\":120,\"Factor\":0.97,\"Voltage\":231,"
        + "\"Current\":6.4}}}";
  }
}
