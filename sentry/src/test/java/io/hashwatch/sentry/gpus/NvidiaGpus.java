package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.reading.Gpu;
import java.util.List;

/** Expected NVIDIA GPUs, written the way the tests compare them: every figure, exactly. */
final class NvidiaGpus {

  private NvidiaGpus() {}

  /**
   * @param figures bus id, temp, memory temp, fan %, power limit, core and memory clock, memory
   *     used and total, utilization
   */
  static GpuTelemetry nvidia(
      String model,
      Double powerW,
      String busId,
      Double tempC,
      Double memoryTempC,
      Integer fanPercent,
      Double powerLimitW,
      Integer coreClockMhz,
      Integer memoryClockMhz,
      Long memoryUsedMib,
      Long memoryTotalMib,
      Integer utilizationPercent) {
    return new GpuTelemetry(
        "NVIDIA",
        model,
        powerW,
        List.of(),
        new Gpu(
            busId,
            tempC,
            null,
            memoryTempC,
            fanPercent,
            powerLimitW,
            coreClockMhz,
            memoryClockMhz,
            memoryUsedMib,
            memoryTotalMib,
            utilizationPercent,
            List.of()));
  }
}
