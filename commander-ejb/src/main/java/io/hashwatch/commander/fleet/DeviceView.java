package io.hashwatch.commander.fleet;

import io.hashwatch.protocols.report.DeviceKind;
import java.time.OffsetDateTime;

/**
 * One device as the API shows it.
 *
 * @param group the group its admins put it in, or {@code null}
 * @param lastSeen when it last answered at all, or {@code null}
 * @param stateTime when its latest poll result was taken, or {@code null} before the first
 * @param stateJson its latest poll result in the reading's JSON form, or {@code null}
 */
public record DeviceView(
    long id,
    long sentryId,
    String address,
    DeviceKind kind,
    String make,
    String model,
    String group,
    DeviceStatus status,
    OffsetDateTime lastSeen,
    OffsetDateTime stateTime,
    String stateJson) {}
