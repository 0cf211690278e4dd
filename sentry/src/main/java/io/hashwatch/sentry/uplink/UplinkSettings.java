package io.hashwatch.sentry.uplink;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one exchange with the commander.
 *
 * @param connectTimeout how long to wait for the TCP (and TLS) connection
 * @param requestTimeout how long the whole exchange may take, answer body included
 * @param maxAnswerBytes the largest answer body read; a longer one is an error, not truncated
 */
public record UplinkSettings(Duration connectTimeout, Duration requestTimeout, int maxAnswerBytes) {
  /**
   * Short enough that a sentry leaves a dead or hung commander within 10 s (a refused connection at
   * once, no connection in 3 s, no answer in 8 s) for the next one; a batch of the largest size is
   * stored in well under a second, so a healthy commander answers long before.
   */
  public static final UplinkSettings DEFAULTS =
      new UplinkSettings(Duration.ofSeconds(3), Duration.ofSeconds(8), 1024 * 1024);

  public UplinkSettings {
    requirePositive(Objects.requireNonNull(connectTimeout, "connectTimeout"), "connectTimeout");
    requirePositive(Objects.requireNonNull(requestTimeout, "requestTimeout"), "requestTimeout");
    if (maxAnswerBytes <= 0) {
      throw new IllegalArgumentException("maxAnswerBytes must be > 0");
    }
  }

  public UplinkSettings withRequestTimeout(Duration timeout) {
    return new UplinkSettings(connectTimeout, timeout, maxAnswerBytes);
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be > 0");
    }
  }
}
