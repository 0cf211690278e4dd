package io.hashwatch.protocols.reading;

import java.util.List;

/**
 * The telemetry of one GPU, as the reading of a device of kind {@code gpu} carries it ({@code gpu}
 * in docs/READING.md). The GPU's maker and name are the reading's {@code make} and {@code model};
 * its power draw, fan speeds and the hashrate of the programs mining on it are the reading's own
 * {@code powerW}, {@code fansRpm} and {@code hashrateHs}.
 *
 * @param busId the PCI address, {@code 0000:01:00.0}: how programs' devices are joined to it
 * @param programs the miner programs that report hashrate on this GPU
 */
public record Gpu(
    String busId,
    Double tempC,
    Double hotspotTempC,
    Double memoryTempC,
    Integer fanPercent,
    Double powerLimitW,
    Integer coreClockMhz,
    Integer memoryClockMhz,
    Long memoryUsedMib,
    Long memoryTotalMib,
    Integer utilizationPercent,
    List<String> programs) {
  public static final int MAX_PROGRAMS = 16;

  public Gpu {
    Limits.text(busId, "gpu.busId");
    Limits.temperature(tempC, "gpu.tempC");
    Limits.temperature(hotspotTempC, "gpu.hotspotTempC");
    Limits.temperature(memoryTempC, "gpu.memoryTempC");
    Limits.percent(fanPercent, "gpu.fanPercent");
    Limits.figure(powerLimitW, "gpu.powerLimitW");
    Limits.count(coreClockMhz == null ? null : coreClockMhz.longValue(), "gpu.coreClockMhz");
    Limits.count(memoryClockMhz == null ? null : memoryClockMhz.longValue(), "gpu.memoryClockMhz");
    Limits.count(memoryUsedMib, "gpu.memoryUsedMib");
    Limits.count(memoryTotalMib, "gpu.memoryTotalMib");
    Limits.percent(utilizationPercent, "gpu.utilizationPercent");
    programs = Limits.bounded(programs, MAX_PROGRAMS, "gpu.programs");
    programs.forEach(name -> Limits.text(name, "gpu.programs[]"));
  }

  /** The hottest of the GPU's temperatures; {@code null} when none is known. */
  public Double maxTempC() {
    Double max = null;
    for (Double t : new Double[] {tempC, hotspotTempC, memoryTempC}) {
      if (t != null && (max == null || t > max)) {
        max = t;
      }
    }
    return max;
  }
}
