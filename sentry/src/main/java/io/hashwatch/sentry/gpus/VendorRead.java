package io.hashwatch.sentry.gpus;

import java.util.List;
import java.util.Map;

/**
 * What one source of GPUs (nvidia-smi, the kernel's sysfs) gave at one read.
 *
 * @param source what lists the GPUs, for the reason a GPU is missing: {@code nvidia-smi}
 * @param lost bus id to reason, for GPUs the source names as lost
 * @param failure why the source listed nothing this time, for every GPU it listed before; {@code
 *     null} when it answered
 */
record VendorRead(
    String make,
    String source,
    List<GpuTelemetry> gpus,
    Map<String, String> lost,
    List<String> problems,
    String failure) {

  VendorRead {
    gpus = List.copyOf(gpus);
    lost = Map.copyOf(lost);
    problems = List.copyOf(problems);
  }

  /** The source gave nothing; {@code problem} (or none) goes into the snapshot. */
  static VendorRead failed(String make, String source, String failure, String problem) {
    return new VendorRead(
        make, source, List.of(), Map.of(), problem == null ? List.of() : List.of(problem), failure);
  }

  /** Why a GPU this source listed before is not listed now. */
  String reasonMissing(String busId) {
    String reason = lost.get(busId);
    if (reason != null) {
      return reason;
    }
    return failure != null ? failure : "no longer listed by " + source;
  }
}
