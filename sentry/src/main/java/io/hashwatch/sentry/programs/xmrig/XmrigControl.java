package io.hashwatch.sentry.programs.xmrig;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.http.JsonParts;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;

/**
 * xmrig's JSON-RPC methods {@code pause} and {@code resume} ({@code POST /json_rpc}, xmrig
 * doc/API.md): restricted endpoints, which xmrig answers only when its API runs unrestricted
 * ({@code "restricted": false}, {@code --http-no-restricted}); with an access token set, the
 * request must carry it. xmrig answers 401 without a token, and 403 to a wrong token or on a
 * restricted API (src/base/api/Httpd.cpp).
 */
final class XmrigControl {
  static final String NEEDS =
      "xmrig pauses and resumes through its API only when it runs with --http-access-token TOKEN"
          + " and --http-no-restricted (\"access-token\" and \"restricted\": false in its config),"
          + " the same token set for this program";

  private final ProgramHttp http;

  XmrigControl(ProgramHttp http) {
    this.http = http;
  }

  ActionResult send(ProgramEndpoint endpoint, String method, Duration timeout) {
    if (endpoint.token() != null && !HttpAuth.Token.fits(endpoint.token())) {
      return new ActionResult.Failed("xmrig's access token must be printable ASCII text");
    }
    String body =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("method", method)
            .add("id", 1)
            .build()
            .toString();
    try {
      HttpReply reply =
          http.postJson(endpoint, "/json_rpc", body, XmrigAdapter.auth(endpoint), timeout);
      return answer(method, reply, endpoint.token() != null);
    } catch (DeviceException e) {
      return new ActionResult.Failed("xmrig " + method + ": " + e.getMessage());
    }
  }

  private static ActionResult answer(String method, HttpReply reply, boolean withToken) {
    if (reply.status() == 401) {
      return new ActionResult.Failed(
          "xmrig refused " + method + " (HTTP 401): it wants its access token; " + NEEDS);
    }
    if (reply.status() == 403) {
      return new ActionResult.Failed(
          "xmrig refused "
              + method
              + " (HTTP 403): "
              + (withToken
                  ? "its API is restricted, or the token is not xmrig's; "
                  : "its API is restricted; ")
              + NEEDS);
    }
    if (!reply.ok()) {
      return new ActionResult.Failed("xmrig " + method + " answered " + reply.summary());
    }
    String error = error(reply.body());
    return error == null
        ? new ActionResult.Done("xmrig accepted " + method)
        : new ActionResult.Failed("xmrig " + method + " failed: " + error);
  }

  /** The JSON-RPC error of the answer, or null when it has none (or is not JSON). */
  private static String error(String body) {
    JsonValue answer;
    try {
      answer = JsonReplies.parse(body, "xmrig's answer");
    } catch (DeviceException e) {
      return null;
    }
    if (!(answer instanceof JsonObject object)) {
      return null;
    }
    JsonValue error = object.get("error");
    if (error == null || error.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    String message = LenientFields.text(JsonParts.object(object, "error"), "message");
    return message != null ? message : JsonReplies.snippet(error.toString());
  }
}
