package io.hashwatch.commander.fleet;

import io.hashwatch.protocols.report.DeviceKind;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One device as a list shows it: its latest figures as columns, without the reading's JSON. A
 * figure it did not give is {@code null}.
 *
 * @param warning why it is not fine, or {@code null}
 *     <p>Serializable: a page's selection of devices lives in its view state.
 */
public record DeviceSummary(
    long id,
    long sentryId,
    String address,
    DeviceKind kind,
    String make,
    String model,
    DeviceStatus status,
    OffsetDateTime lastSeen,
    Double hashrateHs,
    Double powerW,
    Double maxTempC,
    String algorithm,
    String pool,
    String warning)
    implements Serializable {}
