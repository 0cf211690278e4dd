package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The replies of a LuxOS miner for {@link io.hashwatch.protocols.cgminer.CgminerStandIn}: the
 * recorded report replies, and a session that privileged commands must name. LuxOS holds one
 * session at a time; a privileged command whose first parameter is not its id is refused with code
 * 45, as cgminer refuses an unprivileged caller. The shapes of the session and privileged replies
 * follow the recorded LUXminer replies (STATUS, then the section); their codes and messages were
 * not captured and are made up here.
 */
final class LuxosMiner implements Function<String, String> {
  static final String ISSUED_ID = "gKeR1Ze7";
  private static final String DESCRIPTION = "LUXminer 2025.4.8.220305-57b389c7";

  private volatile String session;

  /** A miner where someone else's session {@code id} is open. */
  LuxosMiner withOpenSession(String id) {
    session = id;
    return this;
  }

  String session() {
    return session;
  }

  @Override
  public String apply(String request) {
    JsonObject json;
    try (var reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(request))) {
      json = reader.readObject();
    }
    String command = json.getString("command");
    String[] parameters = json.getString("parameter", "").split(",", -1);
    return switch (command) {
      case "session" -> sessionReply("Session", session == null ? "" : session);
      case "logon" -> logon();
      case "logoff" -> {
        if (!parameters[0].equals(session)) {
          yield denied(command);
        }
        session = null;
        yield ok("Session closed");
      }
      case "curtail", "rebootdevice", "resetminer" -> privileged(command, parameters);
      default -> joined(command);
    };
  }

  private String privileged(String command, String[] parameters) {
    if (!parameters[0].equals(session)) {
      return denied(command);
    }
    String arguments = String.join(",", Arrays.copyOfRange(parameters, 1, parameters.length));
    return ok(arguments.isEmpty() ? command : command + " " + arguments);
  }

  private String logon() {
    if (session != null) {
      return error(45, "Another session is active");
    }
    session = ISSUED_ID;
    return sessionReply("Logon", ISSUED_ID);
  }

  private static String joined(String command) {
    StringBuilder reply = new StringBuilder("{");
    for (String member : command.split("\\+")) {
      reply
          .append('"')
          .append(member)
          .append("\":[")
          .append(Fixtures.text("luxos/" + member + ".json"))
          .append("],");
    }
    return reply.append("\"id\":1}").toString();
  }

  private static String sessionReply(String message, String id) {
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
    return error(45, "Access denied to '" + command + "' command");
  }

  private static String error(int code, String message) {
    return "{\"STATUS\":[" + status("E", code, message) + "],\"id\":1}";
  }

  private static String status(String letter, int code, String message) {
    return "{\"STATUS\":\""
        + letter
        + "\",\"When\":1760242394,\"Code\":"
        + code
        + ",\"Msg\":\""
        + message
        + "\",\"Description\":\""
        + DESCRIPTION
        + "\"}";
  }
}
