package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.actions.CommandStatus;
import io.hashwatch.protocols.report.DeviceKind;
import java.time.Instant;

/**
 * What the watchdog knows of one device in a run.
 *
 * @param site its sentry's site, or {@code null}
 * @param status its status (wire name of {@code fleet.DeviceStatus})
 * @param hashrateHs its latest hashrate, or {@code null}
 * @param sentrySeen when its sentry was last heard from, or {@code null} if never
 * @param stepResult how the command of its last step stands, or {@code null} when it has none
 */
public record WatchedDevice(
    long id,
    String address,
    DeviceKind kind,
    String site,
    long sentryId,
    String status,
    Double hashrateHs,
    Instant sentrySeen,
    CommandStatus stepResult) {

  /** Whether the watchdog may ever touch it: relays and GPUs (part of a rig) are left alone. */
  boolean watchable() {
    return kind != DeviceKind.RELAY && kind != DeviceKind.GPU;
  }

  boolean sleeping() {
    return "sleeping".equals(status);
  }

  /** Whether it answers with readings. */
  private boolean reporting() {
    return "online".equals(status) || "warning".equals(status);
  }

  /** Offline, or reporting readings that hash nothing. */
  boolean failing() {
    return "offline".equals(status)
        || (reporting() && hashrateHs != null && hashrateHs.doubleValue() <= 0);
  }

  /** Reporting readings that hash something. */
  boolean healthy() {
    return reporting() && hashrateHs != null && hashrateHs.doubleValue() > 0;
  }

  /** The devices that fall together when power or network goes: its site, else its sentry's. */
  String group() {
    return site != null ? "site " + site : "sentry " + sentryId;
  }
}
