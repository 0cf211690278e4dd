package io.hashwatch.commander.racks;

import io.hashwatch.commander.fleet.DeviceStatus;

/**
 * A device in its slot with the figures its cell shows.
 *
 * @param model the model it reported, or {@code null}
 * @param hashrateHs its latest hashrate, or {@code null}
 * @param maxTempC its hottest temperature, or {@code null}
 */
public record PlacedDevice(
    long id,
    String address,
    String model,
    Slot slot,
    DeviceStatus status,
    Double hashrateHs,
    Double maxTempC) {}
