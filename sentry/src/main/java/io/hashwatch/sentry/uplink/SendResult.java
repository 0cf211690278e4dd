package io.hashwatch.sentry.uplink;

import io.hashwatch.protocols.report.ReportAnswer;
import java.util.Objects;

/** How one send of a batch to the commander ended. */
public sealed interface SendResult {

  /** The commander stored the batch (or already held it) and answered. */
  record Delivered(ReportAnswer answer) implements SendResult {
    public Delivered {
      Objects.requireNonNull(answer, "answer");
    }
  }

  /**
   * The commander will not take this batch as sent (bad token, bad field, unknown sentry): sending
   * the same again gets the same answer.
   *
   * @param detail what the commander said was wrong, in words
   * @param field the path of the bad field, or {@code null} when the refusal names none
   */
  record Refused(int status, String detail, String field) implements SendResult {
    public Refused {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The batch may or may not have arrived: no connection, no answer in time, a server error, an
   * answer that could not be read, or a 404 from a server without the Hashwatch API. Resending is
   * safe because the commander stores a batch once.
   */
  record Unavailable(String reason) implements SendResult {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
