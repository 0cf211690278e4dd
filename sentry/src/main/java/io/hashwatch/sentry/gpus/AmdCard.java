package io.hashwatch.sentry.gpus;

/**
 * One AMD card as sysfs shows it.
 *
 * @param deviceId the PCI device id, {@code 0x73df}, for a name when no better one is known
 * @param telemetry its figures; the model is the driver's {@code product_name}, or {@code null}
 *     where the card has none (most consumer cards)
 */
record AmdCard(String deviceId, GpuTelemetry telemetry) {

  String busId() {
    return telemetry.busId();
  }
}
