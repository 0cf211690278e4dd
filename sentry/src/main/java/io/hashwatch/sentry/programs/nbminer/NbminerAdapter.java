package io.hashwatch.sentry.programs.nbminer;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import io.hashwatch.sentry.programs.http.ProgramPoll;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** NBMiner's HTTP API ({@code --api host:port}): {@code GET /api/v1/status}; no credentials. */
public final class NbminerAdapter implements ProgramAdapter {
  public static final String TYPE = "nbminer";

  private final ProgramHttp http;
  private final Clock clock;

  public NbminerAdapter() {
    this(ProgramHttp.shared(), Clock.systemUTC());
  }

  /**
   * @param clock for the uptime, which NBMiner gives as its start time
   */
  public NbminerAdapter(ProgramHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * NBMiner serves its API where {@code --api} says; HiveOS runs it on 22333 ({@code
   * MINER_API_PORT} in minershive/hiveos-linux {@code hive/miners/nbminer/h-manifest.conf}).
   */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(22333);
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return ProgramPoll.run(
        TYPE,
        "NBMiner's API has no credentials: is another program on this port?",
        () ->
            NbminerReading.from(
                http.getJson(endpoint, "/api/v1/status", HttpAuth.NONE, timeout), clock.instant()));
  }
}
