package io.hashwatch.sentry.programs.srbminer;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import io.hashwatch.sentry.programs.http.ProgramPoll;
import java.time.Duration;
import java.util.List;

/** SRBMiner's HTTP API ({@code --api-enable}): {@code GET /}; no credentials, no control. */
public final class SrbminerAdapter implements ProgramAdapter {
  public static final String TYPE = "srbminer";

  private final ProgramHttp http;

  public SrbminerAdapter() {
    this(ProgramHttp.shared());
  }

  public SrbminerAdapter(ProgramHttp http) {
    this.http = http;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * SRBMiner-MULTI's API port, 21550 ({@code MINER_API_PORT} in minershive/hiveos-linux {@code
   * hive/miners/srbminer/h-manifest.conf}).
   */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(21550);
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return ProgramPoll.run(
        TYPE,
        "SRBMiner's API has no credentials: is another program on this port?",
        () -> SrbminerReading.from(http.getJson(endpoint, "/", HttpAuth.NONE, timeout)));
  }
}
