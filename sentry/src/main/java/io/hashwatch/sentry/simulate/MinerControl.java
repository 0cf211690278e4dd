package io.hashwatch.sentry.simulate;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sentry's drivers send to restart or reboot a simulated miner, answered as the firmware
 * does; a restart or a reboot clears a stall, as it clears a hung mining loop on a real miner.
 *
 * <ul>
 *   <li>Avalon: cgminer's {@code restart} command (answered {@code {"STATUS":"RESTART"}}) and
 *       {@code ascset|0,reboot,0} as text (answered "ASC 0 set OK").
 *   <li>LuxOS: {@code resetminer} and {@code rebootdevice}, each naming the session that {@code
 *       logon} opened ({@code session} tells the open one, {@code logoff} closes it); a command
 *       that names another session is refused with code 45, as LuxOS does.
 * </ul>
 *
 * Stock firmware restarts nothing through its API and reboots through its web CGI, Braiins OS and
 * VNish through their REST APIs, Whatsminer through its encrypted API: none of them is simulated.
 */
final class MinerControl {
  private static final Pattern PARAMETER = Pattern.compile("\"parameter\"\\s*:\\s*\"([^\"]*)\"");
  private static final String AVALON_REBOOT = "ascset|0,reboot";
  private static final String AVALON_RESTARTED = "{\"STATUS\":\"RESTART\"}";
  private static final String AVALON_SET_OK =
      "STATUS=S,When=%d,Code=119,Msg=ASC 0 set OK,Description=cgminer 4.11.1|";
  private static final String LUXOS = "LUXminer 2025.4.8.220305-57b389c7";

  private MinerControl() {}

  /** The answer to a plain-text request, or {@code null} when it is no control request. */
  static String text(SimulatedMiner miner, String request, long seconds) {
    if (miner.firmware() == SimulatedFirmware.AVALON && request.startsWith(AVALON_REBOOT)) {
      miner.heal();
      return AVALON_SET_OK.formatted(seconds);
    }
    return null;
  }

  /** The answer to JSON {@code command}, or {@code null} when it is no control command. */
  static String json(SimulatedMiner miner, String command, String request) {
    if (miner.firmware() == SimulatedFirmware.AVALON && command.equals("restart")) {
      miner.heal();
      return AVALON_RESTARTED;
    }
    if (miner.firmware() != SimulatedFirmware.LUXOS) {
      return null;
    }
    Matcher parameter = PARAMETER.matcher(request);
    String[] parameters = (parameter.find() ? parameter.group(1) : "").split(",", -1);
    return switch (command) {
      case "session" -> session("Session", miner.session() == null ? "" : miner.session());
      case "logon" -> logon(miner);
      case "logoff" -> {
        if (!parameters[0].equals(miner.session())) {
          yield denied(command);
        }
        miner.session(null);
        yield ok("Session closed");
      }
      case "resetminer", "rebootdevice" -> {
        if (!parameters[0].equals(miner.session())) {
          yield denied(command);
        }
        miner.heal();
        if (command.equals("rebootdevice")) {
          miner.session(null); // a reboot ends the session
        }
        String arguments = String.join(",", Arrays.copyOfRange(parameters, 1, parameters.length));
        yield ok(arguments.isEmpty() ? command : command + " " + arguments);
      }
      default -> null;
    };
  }

  private static String logon(SimulatedMiner miner) {
    if (miner.session() != null) {
      return "{\"STATUS\":[" + status("E", 45, "Another session is active") + "],\"id\":1}";
    }
    String id = "sim" + Integer.toHexString(miner.endpoint().hashCode());
    miner.session(id);
    return session("Logon", id);
  }

  private static String session(String message, String id) {
    return "{\"STATUS\":["
        + status("S", 0, message)
        + "],\"SESSION\":[{\"SessionID\":\""
        + id
        + "\"}],\"id\":1}";
  }

  private static String ok(String message) {
    return "{\"STATUS\":[" + status("S", 0, message) + "],\"id\":1}";
  }

  private static String denied(String command) {
    return "{\"STATUS\":["
        + status("E", 45, "Access denied to '" + command + "' command")
        + "],\"id\":1}";
  }

  private static String status(String letter, int code, String message) {
    return "{\"STATUS\":\""
        + letter
        + "\",\"When\":1760242394,\"Code\":"
        + code
        + ",\"Msg\":\""
        + message
        + "\",\"Description\":\""
        + LUXOS
        + "\"}";
  }
}
