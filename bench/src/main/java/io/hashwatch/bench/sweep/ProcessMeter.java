package io.hashwatch.bench.sweep;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/** What this JVM has used so far: CPU, garbage collection, heap; and the machine's load. */
final class ProcessMeter {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The simulator's one thread, named by {@code SimulatorServer}. */
  private static final String SIMULATOR_THREAD = "simulated-miners";

  private ProcessMeter() {}

  /**
   * @param cpuNanos CPU time of the whole process (simulator included), a running total
   * @param simulatorCpuNanos CPU time of the simulator's thread, a running total
   * @param gcMillis time spent collecting, a running total
   * @param heapUsed bytes of heap in use now
   */
  record Sample(long cpuNanos, long simulatorCpuNanos, long gcMillis, long heapUsed) {

    double cpuSecondsSince(Sample before) {
      return (cpuNanos - before.cpuNanos) / 1e9;
    }

    double simulatorCpuSecondsSince(Sample before) {
      return (simulatorCpuNanos - before.simulatorCpuNanos) / 1e9;
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
        simulatorCpuNanos(),
        gc,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  private static long simulatorCpuNanos() {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals(SIMULATOR_THREAD)) {
        return Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
      }
    }
    return 0;
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
