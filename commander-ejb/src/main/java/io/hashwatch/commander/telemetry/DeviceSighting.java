package io.hashwatch.commander.telemetry;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.ReportEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one batch says about one device: its kind as last reported, when it was first polled, and
 * the make and model from its latest reading (an unreachable poll says nothing about them).
 */
record DeviceSighting(
    String address, DeviceKind kind, Instant firstTime, String make, String model) {

  static Map<String, DeviceSighting> of(List<ReportEntry> entries) {
    Map<String, DeviceSighting> sightings = new LinkedHashMap<>();
    for (ReportEntry entry : entries) {
      sightings.merge(entry.address(), first(entry), (known, next) -> known.and(entry));
    }
    return sightings;
  }

  private static DeviceSighting first(ReportEntry entry) {
    Reading reading = entry.result() instanceof Reading r ? r : null;
    return new DeviceSighting(
        entry.address(),
        entry.kind(),
        entry.time(),
        reading == null ? null : reading.make(),
        reading == null ? null : reading.model());
  }

  private DeviceSighting and(ReportEntry later) {
    DeviceSighting next = first(later);
    return new DeviceSighting(
        address,
        later.kind(),
        firstTime.isBefore(later.time()) ? firstTime : later.time(),
        next.make() != null ? next.make() : make,
        next.model() != null ? next.model() : model);
  }
}
