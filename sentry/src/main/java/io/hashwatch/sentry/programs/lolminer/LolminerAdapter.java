package io.hashwatch.sentry.programs.lolminer;

import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import io.hashwatch.sentry.programs.http.ProgramPoll;
import java.time.Duration;
import java.util.List;

/**
 * lolMiner's HTTP API ({@code --apiport}): {@code GET /summary}, or {@code GET /} for versions that
 * answer only there. Its API has no authentication and no control of mining.
 */
public final class LolminerAdapter implements ProgramAdapter {
  public static final String TYPE = "lolminer";

  private final ProgramHttp http;

  public LolminerAdapter() {
    this(ProgramHttp.shared());
  }

  public LolminerAdapter(ProgramHttp http) {
    this.http = http;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /**
   * lolMiner's API is off unless given {@code --apiport}; HiveOS runs it on 44444 ({@code
   * MINER_API_PORT} in minershive/hiveos-linux {@code hive/miners/lolminer/h-manifest.conf}).
   */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(44444);
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return ProgramPoll.run(
        TYPE,
        "lolMiner's API has no credentials: is another program on this port?",
        () -> {
          HttpReply summary = http.get(endpoint, "/summary", HttpAuth.NONE, timeout);
          if (summary.status() == 404) {
            return LolminerReading.from(http.getJson(endpoint, "/", HttpAuth.NONE, timeout));
          }
          return LolminerReading.from(ProgramHttp.json(summary, "GET /summary"));
        });
  }
}
