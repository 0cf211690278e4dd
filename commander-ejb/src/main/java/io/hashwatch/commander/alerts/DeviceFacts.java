package io.hashwatch.commander.alerts;

import io.hashwatch.protocols.report.DeviceKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the rules know of one device: its latest state and a few figures of its latest reading.
 * Absent figures are {@code null} (never 0: a fan list the device does not report is empty).
 *
 * @param site the name of its sentry's site, or {@code null}
 * @param group the group its admins put it in, or {@code null}
 * @param address host:port, how operators recognise it in a message
 * @param status its {@link io.hashwatch.commander.fleet.DeviceStatus} wire name
 * @param polledAt when its latest poll result was taken, or {@code null} before the first
 * @param medianHashrateHs1h its median hashrate over the last hour, for devices with no expected
 * @param maxTempC its hottest chip or board
 * @param accepted its accepted share counter (since its miner started)
 * @param rejected its rejected share counter (since its miner started)
 */
public record DeviceFacts(
    long deviceId,
    long sentryId,
    String site,
    String group,
    String address,
    DeviceKind kind,
    String status,
    Instant polledAt,
    Double hashrateHs,
    Double expectedHashrateHs,
    Double medianHashrateHs1h,
    Double maxTempC,
    List<Integer> fansRpm,
    Integer chipsFound,
    Integer chipsExpected,
    Integer boardsFound,
    Integer boardsExpected,
    Long accepted,
    Long rejected,
    String activePoolUrl) {

  public DeviceFacts {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(status, "status");
    fansRpm = fansRpm == null ? List.of() : List.copyOf(fansRpm);
  }

  /** Whether its latest poll gave a reading in time: only then do its figures mean anything. */
  public boolean reporting() {
    return "online".equals(status) || "warning".equals(status);
  }
}
