package io.hashwatch.commander.telemetry;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A poll of a device that gave no reading: it was unreachable, refused or had no data yet.
 *
 * @param result {@code unreachable}, {@code rejected} or {@code no-data}
 * @param errors why, in the sentry's words
 */
public record PollFailure(OffsetDateTime time, String result, List<String> errors) {

  public PollFailure {
    errors = List.copyOf(errors);
  }
}
