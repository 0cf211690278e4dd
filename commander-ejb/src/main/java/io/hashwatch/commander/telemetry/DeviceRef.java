package io.hashwatch.commander.telemetry;

import io.hashwatch.protocols.report.DeviceKind;

/** What the telemetry path needs to know of a stored device. */
record DeviceRef(long id, DeviceKind kind, String make, String model) {

  /** Whether the stored kind, make or model differ from what the device now says it is. */
  boolean differsFrom(DeviceKind kind, String make, String model) {
    return this.kind != kind
        || make != null && !make.equals(this.make)
        || model != null && !model.equals(this.model);
  }
}
