package io.hashwatch.commander.actions;

import io.hashwatch.protocols.report.CommandResult;
import java.util.Locale;

/** Where a command is; the wire form is the lower-case name, the stored form the name. */
public enum CommandStatus {
  /** Made, not yet handed to its sentry. */
  QUEUED,
  /** Handed to its sentry at least once and handed again with every answer until a result. */
  SENT,
  SUCCEEDED,
  FAILED,
  /** The device cannot do it (its firmware, or no relay powers it). */
  UNSUPPORTED,
  /** No result came before the command's expiry; it is no longer handed out. */
  EXPIRED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the command still waits for a result. */
  public boolean isPending() {
    return this == QUEUED || this == SENT;
  }

  /** The status named {@code wire}, or {@code null} when there is none of that name. */
  public static CommandStatus fromWire(String wire) {
    for (CommandStatus status : values()) {
      if (status.wire().equals(wire)) {
        return status;
      }
    }
    return null;
  }

  static CommandStatus of(CommandResult.Status result) {
    return switch (result) {
      case SUCCEEDED -> SUCCEEDED;
      case FAILED -> FAILED;
      case UNSUPPORTED -> UNSUPPORTED;
    };
  }
}
