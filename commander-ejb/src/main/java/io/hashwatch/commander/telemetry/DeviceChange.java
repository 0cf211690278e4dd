package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.protocols.report.DeviceKind;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A device's latest poll result as a batch stored it, for the open pages: the figures a device list
 * and a chart show. A figure the device did not give is {@code null}.
 */
public record DeviceChange(
    long deviceId,
    long sentryId,
    String address,
    DeviceKind kind,
    DeviceStatus status,
    OffsetDateTime time,
    Double hashrateHs,
    Double powerW,
    Double maxTempC) {

  public DeviceChange {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(time, "time");
  }
}
