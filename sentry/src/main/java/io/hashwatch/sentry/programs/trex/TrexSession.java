package io.hashwatch.sentry.programs.trex;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import io.hashwatch.sentry.programs.http.ProgramPoll;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;

/**
 * T-Rex's sessions for an API protected with {@code --api-key}, and how it says no: an HTTP 401 or
 * 403, or an answer {@code {"success":0,...}} without the summary's figures. A refusal is a {@link
 * DeviceResponseException} with a refusing status.
 */
final class TrexSession {

  private TrexSession() {}

  /** Opens a session with the endpoint's api-key: its {@code sid}. */
  static String login(ProgramHttp http, ProgramEndpoint endpoint, Duration timeout)
      throws DeviceException {
    HttpReply reply =
        http.get(
            endpoint,
            "/login?password=" + ProgramHttp.queryValue(endpoint.token()),
            HttpAuth.NONE,
            timeout);
    if (ProgramPoll.refused(reply.status())) {
      throw new DeviceResponseException(reply.status(), "T-Rex refused the api-key at GET /login");
    }
    JsonValue answer = ProgramHttp.json(reply, "GET /login");
    String sid = answer instanceof JsonObject object ? LenientFields.text(object, "sid") : null;
    if (sid == null) {
      throw new DeviceResponseException(403, "T-Rex refused the api-key at GET /login");
    }
    return sid;
  }

  /** The summary of a reply, unless it is a refusal. */
  static JsonValue summary(HttpReply reply) throws DeviceException {
    if (ProgramPoll.refused(reply.status())) {
      throw new DeviceResponseException(reply.status(), "GET /summary answered " + reply.summary());
    }
    JsonValue answer = ProgramHttp.json(reply, "GET /summary");
    if (answer instanceof JsonObject object
        && Double.valueOf(0).equals(LenientFields.number(object, "success"))
        && !object.containsKey("gpus")
        && !object.containsKey("hashrate")) {
      throw new DeviceResponseException(403, "GET /summary answered " + reply.summary());
    }
    return answer;
  }

  /** Whether {@code failure} is T-Rex turning a key or session down. */
  static boolean refusal(DeviceException failure) {
    return failure instanceof DeviceResponseException response
        && ProgramPoll.refused(response.code());
  }
}
