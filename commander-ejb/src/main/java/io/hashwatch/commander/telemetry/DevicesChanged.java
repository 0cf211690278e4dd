package io.hashwatch.commander.telemetry;

import java.util.List;

/**
 * The CDI event of one stored report batch: the newest result of each device it touched. It is
 * fired inside the batch's transaction; observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS} to hear only of batches that committed.
 */
public record DevicesChanged(List<DeviceChange> devices) {

  public DevicesChanged {
    devices = List.copyOf(devices);
  }
}
