package io.hashwatch.sentry.simulate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated miner: which firmware it plays and how it answers a cgminer request, joined
 * commands ({@code summary+pools}) included. Plain-text requests get cgminer's "Invalid JSON"
 * error: the simulated firmwares are asked in JSON, except the Avalon's {@code ascset}.
 *
 * <p>It can be made to fail ({@link #stall()}: it answers but hashes nothing) and healed, by {@link
 * #heal()} or by the restart or reboot its driver sends ({@link MinerControl}).
 */
final class SimulatedMiner {
  private static final Pattern COMMAND =
      Pattern.compile("\"(?:command|cmd)\"\\s*:\\s*\"([A-Za-z0-9_+.]+)\"");
  private static final String INVALID_JSON =
      "STATUS=E,When=0,Code=23,Msg=Invalid JSON,Description=cgminer|";

  private final String address;
  private final int port;
  private final SimulatedFirmware firmware;
  private final int index;
  private volatile boolean stalled;
  private volatile String session;

  SimulatedMiner(String address, int port, SimulatedFirmware firmware, int index) {
    this.address = address;
    this.port = port;
    this.firmware = firmware;
    this.index = index;
  }

  String address() {
    return address;
  }

  int port() {
    return port;
  }

  SimulatedFirmware firmware() {
    return firmware;
  }

  String endpoint() {
    return address + ":" + port;
  }

  /** From now on every hashrate it reports is 0, until a restart, a reboot or {@link #heal()}. */
  void stall() {
    stalled = true;
  }

  void heal() {
    stalled = false;
  }

  boolean stalled() {
    return stalled;
  }

  /** The LuxOS session open on it, or {@code null}. */
  String session() {
    return session;
  }

  void session(String id) {
    session = id;
  }

  /** The reply to {@code request}, {@code seconds} after the simulator started. */
  String answer(String request, long seconds) {
    String text = request.strip();
    String control = MinerControl.text(this, text, seconds);
    if (control != null) {
      return control;
    }
    Matcher command = COMMAND.matcher(request);
    if (!text.startsWith("{") || !command.find()) {
      return INVALID_JSON;
    }
    String name = command.group(1);
    control = MinerControl.json(this, name, text);
    if (control != null) {
      return control;
    }
    boolean hashing = !stalled;
    if (!name.contains("+") || !firmware.joins()) {
      // a firmware that does not join knows no command named "a+b": it refuses it
      return firmware.reply(name).render(index, seconds, hashing);
    }
    StringBuilder joined = new StringBuilder(16 * 1024).append('{');
    for (String member : name.split("\\+")) {
      joined.append('"').append(member).append("\":[");
      firmware.reply(member).appendTo(joined, index, seconds, hashing);
      joined.append("],");
    }
    return joined.append("\"id\":1}").toString();
  }
}
