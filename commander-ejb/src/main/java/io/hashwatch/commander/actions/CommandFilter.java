package io.hashwatch.commander.actions;

import io.hashwatch.protocols.report.CommandAction;
import java.time.OffsetDateTime;

/**
 * Which commands to list, newest first: every given criterion must hold; {@code null} means any.
 * The action log (docs/UI.md) and {@code GET /api/v1/commands} both filter with it.
 *
 * @param createdBy who asked (a user name), exactly
 * @param from made at or after this time
 * @param to made before this time
 * @param limit at most this many
 */
public record CommandFilter(
    Long deviceId,
    CommandStatus status,
    String createdBy,
    CommandAction action,
    OffsetDateTime from,
    OffsetDateTime to,
    int limit) {

  /** Every command, at most {@code limit}. */
  public static CommandFilter all(int limit) {
    return new CommandFilter(null, null, null, null, null, null, limit);
  }
}
