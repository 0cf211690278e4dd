package io.hashwatch.sentry.programs.ccminer;

import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.sentry.programs.GuardedPoll;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.ProgramSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ccminer through its text API: {@code summary|} (the totals; its shape tells ccminer from other
 * programs), {@code pool|} (the pool mined on) and {@code threads|} (one record per GPU with its
 * hashrate, bus number, temperature and power). {@code hwinfo|} holds the same GPU figures without
 * the hashrate, so it is not asked. The write commands ({@code switchpool}, {@code quit}) need
 * {@code --api-allow} and are not used.
 */
public final class CcminerAdapter implements ProgramAdapter {
  public static final String TYPE = "ccminer";

  @Override
  public String type() {
    return TYPE;
  }

  /** {@code -b, --api-bind}: default 127.0.0.1:4068 (ccminer --help). */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(4068);
  }

  @Override
  public String scheme() {
    return "tcp";
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return GuardedPoll.run(
        endpoint,
        () -> {
          ProgramSocket socket = new ProgramSocket(endpoint, timeout);
          Map<String, String> summary = CcminerReading.summary(socket.text("summary|"));
          if (summary == null) {
            return NoData.because(
                endpoint.url()
                    + " answers, but its summary is not ccminer's (NAME, VER, GPUS, KHS)");
          }
          List<String> errors = new ArrayList<>();
          String pool = secondary(socket, "pool|", errors);
          String threads = secondary(socket, "threads|", errors);
          return CcminerReading.of(summary, pool, threads, errors);
        });
  }

  /** A reply that the reading can do without: its failure becomes one of the reading's errors. */
  private static String secondary(ProgramSocket socket, String request, List<String> errors) {
    try {
      return socket.text(request);
    } catch (DeviceException e) {
      errors.add(request + " " + e.getMessage());
      return null;
    }
  }
}
