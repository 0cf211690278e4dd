package io.hashwatch.sentry.programs.xmrig;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import io.hashwatch.sentry.programs.http.ProgramPoll;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * xmrig's HTTP API: {@code GET /2/summary} (or {@code /1/summary} on versions without API 2) and
 * {@code GET /2/backends} for its GPUs; pause and resume through {@code POST /json_rpc}. The access
 * token goes as {@code Authorization: Bearer <token>}, the only way xmrig takes it.
 */
public final class XmrigAdapter implements ProgramAdapter {
  public static final String TYPE = "xmrig";

  static final String WHEN_REFUSED =
      "xmrig answers 401 without a token and 403 to a wrong one:"
          + " set the program's token to the --http-access-token xmrig runs with";

  private final ProgramHttp http;

  public XmrigAdapter() {
    this(ProgramHttp.shared());
  }

  public XmrigAdapter(ProgramHttp http) {
    this.http = http;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * xmrig's API is off unless given a port ({@code "port": 0} picks a random one); HiveOS runs its
   * xmrig with 60050 and its xmrig-new with 60070 ({@code MINER_API_PORT} in
   * minershive/hiveos-linux {@code hive/miners/xmrig/h-manifest.conf} and {@code
   * xmrig-new/h-manifest.conf}).
   */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(60050, 60070);
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    if (endpoint.token() != null && !HttpAuth.Token.fits(endpoint.token())) {
      return Rejected.because("xmrig's access token must be printable ASCII text");
    }
    HttpAuth auth = auth(endpoint);
    return ProgramPoll.run(
        TYPE,
        WHEN_REFUSED,
        () -> {
          HttpReply summary = http.get(endpoint, "/2/summary", auth, timeout);
          if (summary.status() == 404) {
            // xmrig before API 2 (5.x and older) has only /1/summary and no backends
            JsonValue legacy = http.getJson(endpoint, "/1/summary", auth, timeout);
            return XmrigReading.from(legacy, null, new ArrayList<>());
          }
          JsonValue current = ProgramHttp.json(summary, "GET /2/summary");
          List<String> errors = new ArrayList<>();
          JsonValue backends = null;
          try {
            backends = http.getJson(endpoint, "/2/backends", auth, timeout);
          } catch (DeviceException e) {
            errors.add("the GPUs could not be read: " + e.getMessage());
          }
          return XmrigReading.from(current, backends, errors);
        });
  }

  @Override
  public ActionResult stopMining(ProgramEndpoint endpoint, Duration timeout) {
    return new XmrigControl(http).send(endpoint, "pause", timeout);
  }

  @Override
  public ActionResult startMining(ProgramEndpoint endpoint, Duration timeout) {
    return new XmrigControl(http).send(endpoint, "resume", timeout);
  }

  static HttpAuth auth(ProgramEndpoint endpoint) {
    return endpoint.token() == null ? HttpAuth.NONE : HttpAuth.bearer(endpoint.token());
  }
}
