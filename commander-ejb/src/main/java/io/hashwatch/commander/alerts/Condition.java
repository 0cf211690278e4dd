package io.hashwatch.commander.alerts;

import java.io.Serializable;
import java.time.Instant;

/**
 * The engine's memory of one (rule, subject): a condition that holds and is waiting out its sustain
 * window ({@code openedAt == null}), or an open alert, which may be waiting out its clear window
 * ({@code absentSince != null}).
 *
 * @param holdsSince since when the condition has held without a break
 * @param openedAt when its alert opened, or {@code null} while it waits to open
 * @param absentSince since when an open alert's condition has been gone, or {@code null}
 * @param message what the alert says (or will say when it opens)
 */
public record Condition(
    RuleKind kind,
    Severity severity,
    Subject subject,
    Instant holdsSince,
    Instant openedAt,
    Instant absentSince,
    String message)
    implements Serializable {

  public boolean isOpen() {
    return openedAt != null;
  }
}
