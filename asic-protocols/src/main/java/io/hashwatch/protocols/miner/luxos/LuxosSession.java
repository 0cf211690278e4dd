package io.hashwatch.protocols.miner.luxos;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;

/**
 * A privileged LuxOS command run in a session. LuxOS keeps one session at a time: {@code session}
 * tells the open one ({@code "SESSION":[{"SessionID":""}]} when none), {@code logon} opens one, and
 * every privileged command takes the id as its first comma-separated parameter ({@code
 * curtail|<id>,sleep}). A session this class opened it closes with {@code logoff}; one that was
 * already open belongs to someone else and stays open.
 */
final class LuxosSession {

  private LuxosSession() {}

  /** Work done while a session is held. */
  interface Work {
    ActionResult run() throws DeviceException;
  }

  /**
   * Runs {@code work} in a session opened here and closed after, for a change made of several
   * commands. A session someone else holds is not borrowed: LuxOS sessions exist so that one actor
   * at a time changes the configuration, and that one may be changing it now.
   */
  static ActionResult exclusive(CgminerClient client, String what, Work work) {
    String id;
    try {
      String open = open(client);
      if (open != null) {
        return new ActionResult.Failed(
            what
                + ": another LuxOS session is open, so someone else may be changing this miner;"
                + " nothing was changed (a session expires a minute after its last use)");
      }
      id = sessionId(client.command("logon"));
    } catch (DeviceException e) {
      return new ActionResult.Failed(
          what + ": no LuxOS session, nothing was changed: " + e.getMessage());
    }
    try {
      return work.run();
    } catch (DeviceException e) {
      return new ActionResult.Failed(what + ": " + e.getMessage());
    } finally {
      logOff(client, id);
    }
  }

  /**
   * Runs {@code command} with the session id and {@code arguments} (null for none).
   *
   * @param logOff whether to close a session opened here; not after a reboot, which ends it
   */
  static ActionResult run(
      CgminerClient client, String command, String arguments, String what, boolean logOff) {
    String id;
    boolean opened;
    try {
      id = open(client);
      opened = id == null;
      if (opened) {
        id = sessionId(client.command("logon"));
      }
    } catch (DeviceException e) {
      return new ActionResult.Failed(what + ": no LuxOS session: " + e.getMessage());
    }
    try {
      JsonObject reply = client.command(command, arguments == null ? id : id + "," + arguments);
      return new ActionResult.Done(message(reply, command));
    } catch (DeviceException e) {
      return new ActionResult.Failed(what + ": " + e.getMessage());
    } finally {
      if (opened && logOff) {
        logOff(client, id);
      }
    }
  }

  /** The id of the session already open, or null when none is. */
  private static String open(CgminerClient client) throws DeviceException {
    JsonObject reply = CgminerClient.parse(client.send("{\"command\":\"session\"}"));
    try {
      CgminerStatus.check(reply);
    } catch (DeviceResponseException e) {
      return null; // firmware that answers "no session" with an error status
    }
    String id = LenientFields.text(first(reply), "SessionID");
    return id == null || id.isBlank() ? null : id;
  }

  private static String sessionId(JsonObject reply) throws MalformedReplyException {
    String id = LenientFields.text(first(reply), "SessionID");
    if (id == null) {
      throw new MalformedReplyException("logon gave no SessionID: " + reply);
    }
    return id;
  }

  private static JsonObject first(JsonObject reply) {
    return CgminerRows.objects(reply, "SESSION").stream().findFirst().orElse(null);
  }

  /**
   * Closes the session. The command's own result stands whatever happens here: a session left open
   * expires on the miner by itself.
   */
  private static void logOff(CgminerClient client, String id) {
    try {
      client.command("logoff", id);
    } catch (DeviceException e) {
      // the action is done or failed already; see above
    }
  }

  private static String message(JsonObject reply, String command) {
    JsonObject status = CgminerRows.objects(reply, "STATUS").stream().findFirst().orElse(null);
    String message = LenientFields.text(status, "Msg");
    return message == null ? command + " accepted" : message;
  }
}
