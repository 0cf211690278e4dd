package io.hashwatch.sentry.gpus;

import java.util.List;

/**
 * The GPUs of a rig at one moment.
 *
 * @param gpus the GPUs the tools and the kernel list now, in bus order
 * @param lost the bus ids of GPUs seen before and not listed now (fallen off the bus, or their tool
 *     fails), each with the reason in words
 * @param problems what could not be read, in words, for the rig's own reading: a tool that is
 *     configured but missing, one that failed or hung
 */
public record GpuSnapshot(List<GpuTelemetry> gpus, List<LostGpu> lost, List<String> problems) {

  public GpuSnapshot {
    gpus = List.copyOf(gpus);
    lost = List.copyOf(lost);
    problems = List.copyOf(problems);
  }

  /** A GPU seen before and missing now. */
  public record LostGpu(String busId, String make, String model, String reason) {}
}
