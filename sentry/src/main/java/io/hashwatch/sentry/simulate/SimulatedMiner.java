package io.hashwatch.sentry.simulate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated miner: which firmware it plays and how it answers a cgminer request, joined
 * commands ({@code summary+pools}) included. Plain-text requests get cgminer's "Invalid JSON"
 * error: the simulated firmwares are asked in JSON.
 */
record SimulatedMiner(String address, int port, SimulatedFirmware firmware, int index) {
  private static final Pattern COMMAND =
      Pattern.compile("\"(?:command|cmd)\"\\s*:\\s*\"([A-Za-z0-9_+.]+)\"");
  private static final String INVALID_JSON =
      "STATUS=E,When=0,Code=23,Msg=Invalid JSON,Description=cgminer|";

  /** The reply to {@code request}, {@code seconds} after the simulator started. */
  String answer(String request, long seconds) {
    Matcher command = COMMAND.matcher(request);
    if (!request.strip().startsWith("{") || !command.find()) {
      return INVALID_JSON;
    }
    String name = command.group(1);
    if (!name.contains("+") || !firmware.joins()) {
      // a firmware that does not join knows no command named "a+b": it refuses it
      return firmware.reply(name).render(index, seconds);
    }
    StringBuilder joined = new StringBuilder(16 * 1024).append('{');
    for (String member : name.split("\\+")) {
      joined.append('"').append(member).append("\":[");
      firmware.reply(member).appendTo(joined, index, seconds);
      joined.append("],");
    }
    return joined.append("\"id\":1}").toString();
  }
}
