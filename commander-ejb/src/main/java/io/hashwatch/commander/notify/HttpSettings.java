package io.hashwatch.commander.notify;

import java.time.Duration;

/**
 * Timeouts of the HTTP channels.
 *
 * @param connectTimeout to open the connection
 * @param requestTimeout from sending the request to the last byte of the reply read
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout) {
  public static final HttpSettings DEFAULT =
      new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10));

  public HttpSettings {
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || requestTimeout.isNegative()
        || requestTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }
}
