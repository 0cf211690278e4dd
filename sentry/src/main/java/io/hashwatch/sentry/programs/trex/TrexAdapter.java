package io.hashwatch.sentry.programs.trex;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import io.hashwatch.sentry.programs.http.ProgramPoll;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * T-Rex's HTTP API ({@code GET /summary}). A T-Rex protected with {@code --api-key} wants a session
 * first: {@code GET /login?password=<api-key>} answers {@code {"sid":"...","success":1}}, and every
 * request carries {@code ?sid=} (T-Rex wiki, API page); the session is kept between polls and
 * opened again when T-Rex no longer knows it.
 */
public final class TrexAdapter implements ProgramAdapter {
  public static final String TYPE = "t-rex";

  static final String WHEN_REFUSED =
      "T-Rex protected with --api-key wants that key as the program's token";

  /** Sessions of a few programs on one rig; more start over rather than grow. */
  private static final int MAX_SESSIONS = 64;

  private final ProgramHttp http;
  private final Map<String, String> sessions = new ConcurrentHashMap<>();

  public TrexAdapter() {
    this(ProgramHttp.shared());
  }

  public TrexAdapter(ProgramHttp http) {
    this.http = http;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** T-Rex's HTTP API listens on 4067 by default (T-Rex wiki, API: "binds to 127.0.0.1:4067"). */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(4067);
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return ProgramPoll.run(TYPE, WHEN_REFUSED, () -> TrexReading.from(summary(endpoint, timeout)));
  }

  private JsonValue summary(ProgramEndpoint endpoint, Duration timeout) throws DeviceException {
    String key = endpoint.token();
    if (key == null) {
      return TrexSession.summary(http.get(endpoint, "/summary", HttpAuth.NONE, timeout));
    }
    String known = sessions.get(sessionKey(endpoint));
    String sid = known;
    try {
      if (sid != null) {
        try {
          return TrexSession.summary(withSession(endpoint, sid, timeout));
        } catch (DeviceException e) {
          if (!TrexSession.refusal(e)) {
            throw e;
          }
          // T-Rex forgot the session (it restarted): a new one below
        }
      }
      sid = TrexSession.login(http, endpoint, timeout);
      remember(endpoint, sid);
      return TrexSession.summary(withSession(endpoint, sid, timeout));
    } catch (DeviceException e) {
      if (TrexSession.refusal(e)) {
        sessions.remove(sessionKey(endpoint));
      }
      throw ProgramHttp.redacted(e, key, known, sid);
    }
  }

  private HttpReply withSession(ProgramEndpoint endpoint, String sid, Duration timeout)
      throws DeviceException {
    return http.get(
        endpoint, "/summary?sid=" + ProgramHttp.queryValue(sid), HttpAuth.NONE, timeout);
  }

  private void remember(ProgramEndpoint endpoint, String sid) {
    if (sessions.size() >= MAX_SESSIONS) {
      sessions.clear();
    }
    sessions.put(sessionKey(endpoint), sid);
  }

  /** A session belongs to one T-Rex and one api-key. */
  private static String sessionKey(ProgramEndpoint endpoint) {
    return endpoint.host() + ":" + endpoint.port() + " " + endpoint.token();
  }
}
