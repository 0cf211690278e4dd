package io.hashwatch.sentry.programs.cpuminer;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.sentry.programs.GuardedPoll;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.ProgramSocket;
import java.time.Duration;
import java.util.List;

/**
 * cpuminer-opt through its text API: one {@code summary} request holds all a CPU program reports
 * (algorithm, rate, shares, pool, uptime). {@code threads} gives each CPU thread's rate, which a
 * CPU program does not report as boards, so it is not asked.
 */
public final class CpuminerOptAdapter implements ProgramAdapter {
  public static final String TYPE = "cpuminer-opt";

  @Override
  public String type() {
    return TYPE;
  }

  /** {@code -b, --api-bind=address[:port]}: "default port is 4048" (cpuminer-opt --help). */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(4048);
  }

  @Override
  public String scheme() {
    return "tcp";
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return GuardedPoll.run(
        endpoint,
        () ->
            CpuminerOptReading.of(new ProgramSocket(endpoint, timeout).text("summary"), endpoint));
  }
}
