package io.hashwatch.commander.notify;

import java.time.Duration;

/** How one try to deliver a notification went. */
public sealed interface Attempt {

  /** The channel took it. */
  record Accepted() implements Attempt {}

  /**
   * It did not get through this time (no answer, a timeout, a 5xx, 408 or 429): tried again later.
   *
   * @param retryAfter when the receiver asked to be tried again (429 retry_after), or {@code null}
   */
  record Failed(String error, Duration retryAfter) implements Attempt {}

  /** The channel refused it for good (a 4xx other than 408 and 429): never tried again. */
  record Refused(String error) implements Attempt {}
}
