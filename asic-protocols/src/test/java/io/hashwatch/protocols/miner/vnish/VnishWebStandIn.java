package io.hashwatch.protocols.miner.vnish;

import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on 127.0.0.1, port 0, answering like the VNish web API: {@code POST
 * /api/v1/unlock {"pw":...}} with the right password gives a token; every other call must carry
 * {@code Authorization: Bearer <token>} or gets 401. It records what it was sent.
 */
final class VnishWebStandIn implements AutoCloseable {
  static final String TOKEN = "3f1c9a7e5b";

  private final HttpStandIn http;
  private final String password;
  private volatile String settingsAnswer = "{\"restart_required\":false,\"reboot_required\":false}";
  private volatile String actionAnswer = "{\"success\":true}";

  VnishWebStandIn(String password) throws IOException {
    this.password = password;
    this.http = new HttpStandIn(this::answer);
  }

  VnishWebStandIn answeringSettings(String body) {
    settingsAnswer = body;
    return this;
  }

  VnishWebStandIn answeringActions(String body) {
    actionAnswer = body;
    return this;
  }

  int port() {
    return http.port();
  }

  List<Request> requests() {
    return http.requests();
  }

  private Answer answer(Request request) {
    if (!request.method().equals("POST")) {
      return json(405, "");
    }
    if (request.path().equals("/api/v1/unlock")) {
      JsonObject unlock = Recorded.parse(request.body());
      return password.equals(unlock.getString("pw", null))
          ? json(200, "{\"token\":\"" + TOKEN + "\"}")
          : json(401, "{\"err\":\"wrong password\"}");
    }
    if (!("Bearer " + TOKEN).equals(request.authorization())) {
      return json(401, "{\"err\":\"unauthorized\"}");
    }
    return json(200, request.path().equals("/api/v1/settings") ? settingsAnswer : actionAnswer);
  }

  private static Answer json(int status, String body) {
    return new Answer(status, body, Map.of("Content-Type", "application/json"));
  }

  @Override
  public void close() {
    http.close();
  }
}
