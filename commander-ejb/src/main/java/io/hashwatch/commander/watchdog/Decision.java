package io.hashwatch.commander.watchdog;

import io.hashwatch.protocols.report.CommandAction;
import java.util.Objects;

/**
 * What the watchdog does with one device in a run.
 *
 * @param before its stored progress, or {@code null} when it has no row
 * @param after its progress to store, or {@code null} to delete its row
 * @param send the step's command to send, or {@code null}
 * @param heldBack why the watchdog leaves a failing device alone for now, or {@code null}
 * @param message for an opened alert: what was tried; {@code null} otherwise
 */
public record Decision(
    WatchedDevice device,
    Progress before,
    Progress after,
    CommandAction send,
    Alert alert,
    String heldBack,
    String message) {

  /** What happens to the device's "needs hands" alert. */
  public enum Alert {
    NONE,
    OPEN,
    RESOLVE
  }

  /** Whether the run has anything to write for it. */
  public boolean changes() {
    return send != null || alert != Alert.NONE || !Objects.equals(before, after);
  }

  static Decision keep(WatchedDevice device, Progress before, String heldBack) {
    return new Decision(device, before, before, null, Alert.NONE, heldBack, null);
  }

  static Decision store(WatchedDevice device, Progress before, Progress after, String heldBack) {
    return new Decision(device, before, after, null, Alert.NONE, heldBack, null);
  }
}
