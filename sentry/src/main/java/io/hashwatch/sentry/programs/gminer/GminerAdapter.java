package io.hashwatch.sentry.programs.gminer;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import io.hashwatch.sentry.programs.http.ProgramPoll;
import java.time.Duration;
import java.util.List;

/** GMiner's HTTP API ({@code --api PORT}): {@code GET /stat}; no authentication, no control. */
public final class GminerAdapter implements ProgramAdapter {
  public static final String TYPE = "gminer";

  private final ProgramHttp http;

  public GminerAdapter() {
    this(ProgramHttp.shared());
  }

  public GminerAdapter(ProgramHttp http) {
    this.http = http;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * GMiner's API is off unless given {@code --api PORT}; HiveOS runs it on 42010 ({@code
   * MINER_API_PORT} in minershive/hiveos-linux {@code hive/miners/gminer/h-manifest.conf}).
   */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(42010);
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return ProgramPoll.run(
        TYPE,
        "GMiner's API has no credentials: is another program on this port?",
        () -> GminerReading.from(http.getJson(endpoint, "/stat", HttpAuth.NONE, timeout)));
  }
}
