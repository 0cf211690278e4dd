package io.hashwatch.protocols.report;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What came of a command, as the sentry reports it in a later batch.
 *
 * @param id the command's id ({@link SentryCommand#id()})
 * @param time when the sentry finished it
 * @param detail what the device or relay said, or why it failed, in words (at most {@link
 *     #MAX_DETAIL} characters)
 */
public record CommandResult(long id, Status status, Instant time, String detail) {
  public static final int MAX_DETAIL = 2000;

  /** How a command ended. */
  public enum Status {
    /** The device or relay did it. */
    SUCCEEDED,
    /** It was tried and failed, or the device could not be reached. */
    FAILED,
    /** The device cannot do it (its firmware, or no relay powers it); nothing was sent. */
    UNSUPPORTED;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code wire}, or {@code null} when there is none of that name. */
    public static Status fromWire(String wire) {
      for (Status status : values()) {
        if (status.wire().equals(wire)) {
          return status;
        }
      }
      return null;
    }
  }

  public CommandResult {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be > 0");
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(time, "time");
    detail = detail == null ? "" : detail;
    if (detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL);
    }
  }
}
