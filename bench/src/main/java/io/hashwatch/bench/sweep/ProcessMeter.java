package io.hashwatch.bench.sweep;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What this JVM has used so far: CPU, garbage collection, heap; and the machine's load. */
final class ProcessMeter {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ProcessMeter() {}

  /**
   * @param cpuNanos CPU time of the whole process (simulator included), a running total
   * @param gcMillis time spent collecting, a running total
   * @param heapUsed bytes of heap in use now
   */
  record Sample(long cpuNanos, long gcMillis, long heapUsed) {

    double cpuSecondsSince(Sample before) {
      return (cpuNanos - before.cpuNanos) / 1e9;
    }

    long gcMillisSince(Sample before) {
      return gcMillis - before.gcMillis;
    }
  }

  static Sample sample() {
    long gc = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, collector.getCollectionTime());
    }
    return new Sample(
        OS.getProcessCpuTime(),
        gc,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "n/a". */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }
}
