package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The replies of one bosminer poll, by command, and what could not be read from them. A command the
 * miner refused (bosminer without the tuner refuses {@code tunerstatus}, the 2018 bmminer refuses
 * {@code temps}) is not fatal: its figures stay absent and its reason is kept in words.
 */
final class BosminerReplies {
  private final Map<String, JsonObject> replies;
  private final List<String> errors = new ArrayList<>();

  BosminerReplies(Map<String, JsonObject> replies) {
    this.replies = Map.copyOf(replies);
  }

  /** The rows of {@code section} in the reply to {@code command}; empty, with a reason, if none. */
  List<JsonObject> rows(String command, String section) {
    return CgminerRows.rows(replies.get(command), command, section, errors);
  }

  /** The first row of {@code section}, or null (with a reason) when there is none. */
  JsonObject first(String command, String section) {
    int known = errors.size();
    List<JsonObject> rows = rows(command, section);
    if (rows.isEmpty()) {
      if (errors.size() == known) {
        errors.add(command + ": the " + section + " list is empty");
      }
      return null;
    }
    return rows.get(0);
  }

  /** The {@code Description} of the reply to {@code command}, or null. */
  String description(String command) {
    JsonObject reply = replies.get(command);
    return reply == null ? null : CgminerStatus.description(reply);
  }

  List<String> errors() {
    return List.copyOf(errors);
  }
}
