package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on 127.0.0.1, port 0, answering like the Braiins OS REST API as its OpenAPI
 * 1.3.0 describes it: {@code POST /api/v1/auth/login} with the right user and password gives a
 * token, and every other call must carry that token as its whole {@code Authorization} header or
 * gets 401. It records what it was sent.
 */
final class BosRestStandIn implements AutoCloseable {
  static final String TOKEN = "hE9vT2kq0Lw3";

  private final HttpStandIn http;
  private final String password;
  private volatile int actionStatus = 200;
  private volatile String actionBody = "false";

  /** A firmware with the REST API, accepting user root with {@code password}. */
  static BosRestStandIn withPassword(String password) throws IOException {
    return new BosRestStandIn(password);
  }

  /** A firmware before 25.07: its web answers 404 to the REST paths. */
  static BosRestStandIn withoutRestApi() throws IOException {
    return new BosRestStandIn(null);
  }

  private BosRestStandIn(String password) throws IOException {
    this.password = password;
    this.http = new HttpStandIn(this::answer);
  }

  /** What the action endpoints answer from now on. */
  BosRestStandIn answeringActions(int status, String body) {
    actionStatus = status;
    actionBody = body;
    return this;
  }

  int port() {
    return http.port();
  }

  List<Request> requests() {
    return http.requests();
  }

  private Answer answer(Request request) {
    if (password == null) {
      return json(404, "Not Found");
    }
    if (request.path().equals("/api/v1/auth/login")) {
      return login(request);
    }
    if (!TOKEN.equals(request.authorization())) {
      return json(401, "{\"message\":\"Unauthorized\"}");
    }
    if (!request.method().equals("PUT")) {
      return json(405, "");
    }
    return json(actionStatus, actionBody);
  }

  private Answer login(Request request) {
    JsonObject credentials = Recorded.parse(request.body());
    if (request.method().equals("POST")
        && "root".equals(credentials.getString("username", null))
        && password.equals(credentials.getString("password", null))) {
      return json(200, "{\"token\":\"" + TOKEN + "\",\"timeout_s\":3600}");
    }
    return json(401, "{\"message\":\"Invalid credentials\"}");
  }

  private static Answer json(int status, String body) {
    return new Answer(status, body, Map.of("Content-Type", "application/json"));
  }

  @Override
  public void close() {
    http.close();
  }
}
