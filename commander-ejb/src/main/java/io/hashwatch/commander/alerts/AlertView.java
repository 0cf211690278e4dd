package io.hashwatch.commander.alerts;

import java.time.OffsetDateTime;

/**
 * One alert as the API and the pages show it.
 *
 * @param ruleId its rule's id, or {@code watchdog} for the watchdog's "needs hands"
 * @param kind its rule kind's wire name
 * @param subject {@code device:ID}, {@code sentry:ID} or {@code site:NAME}
 * @param deviceId the device it is about, or {@code null}
 * @param sentryId the sentry it is about, or {@code null}
 * @param since when its condition began to hold
 * @param acknowledgedBy who acknowledged it first, or {@code null}
 * @param resolved when it resolved, or {@code null} while it is open
 * @param resolution why it resolved, or {@code null}
 */
public record AlertView(
    long id,
    String ruleId,
    String kind,
    Severity severity,
    String subject,
    Long deviceId,
    Long sentryId,
    String site,
    String label,
    String message,
    OffsetDateTime since,
    OffsetDateTime opened,
    String acknowledgedBy,
    OffsetDateTime acknowledged,
    OffsetDateTime resolved,
    String resolution) {

  public boolean open() {
    return resolved == null;
  }
}
