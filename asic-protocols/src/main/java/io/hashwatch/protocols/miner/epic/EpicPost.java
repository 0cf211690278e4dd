package io.hashwatch.protocols.miner.epic;

import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One password-guarded POST and what its reply means. ePIC answers {@code {"result":true}} when it
 * took the command and {@code {"result":false,"error":"..."}} when not; pyasic takes an empty body
 * as success, and so does this class. Any HTTP error status is a failure (a wrong password is
 * refused by status).
 */
final class EpicPost {

  private EpicPost() {}

  static ActionResult send(EpicApi api, String path, JsonValue param, String password) {
    HttpReply reply;
    try {
      reply = api.post(path, param, password);
    } catch (DeviceException e) {
      return new ActionResult.Failed("POST /" + path + ": " + e.getMessage());
    }
    if (!reply.ok()) {
      return new ActionResult.Failed(
          "POST /"
              + path
              + " answered HTTP "
              + reply.status()
              + (reply.status() == 401 || reply.status() == 403 ? " (password refused)" : ""));
    }
    if (reply.body().isBlank()) {
      return new ActionResult.Done("/" + path + " accepted");
    }
    JsonValue body;
    try {
      body = JsonReplies.parse(reply.body(), "the answer to POST /" + path);
    } catch (DeviceException e) {
      return new ActionResult.Failed(e.getMessage());
    }
    if (body instanceof JsonObject answer && JsonValue.TRUE.equals(answer.get("result"))) {
      return new ActionResult.Done("/" + path + " accepted");
    }
    if (body instanceof JsonObject answer && JsonValue.FALSE.equals(answer.get("result"))) {
      String error = LenientFields.text(answer, "error");
      return new ActionResult.Failed(
          "/" + path + " refused: " + (error == null ? "no reason given" : error));
    }
    return new ActionResult.Failed("/" + path + " answered neither true nor false: " + body);
  }
}
