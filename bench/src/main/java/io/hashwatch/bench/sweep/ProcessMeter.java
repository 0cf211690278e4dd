package io.hashwatch.bench.sweep;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
   * @param tcpOpens TCP connections opened on this host (its network namespace), a running total;
   *     -1 when unknown
   * @param gcMillis time spent collecting, a running total
   * @param heapUsed bytes of heap in use now
   */
  record Sample(
      long cpuNanos, long simulatorCpuNanos, long tcpOpens, long gcMillis, long heapUsed) {

    double cpuSecondsSince(Sample before) {
      return (cpuNanos - before.cpuNanos) / 1e9;
    }

    double simulatorCpuSecondsSince(Sample before) {
      return (simulatorCpuNanos - before.simulatorCpuNanos) / 1e9;
    }

    long gcMillisSince(Sample before) {
      return gcMillis - before.gcMillis;
    }

    long tcpOpensSince(Sample before) {
      return tcpOpens < 0 || before.tcpOpens < 0 ? -1 : tcpOpens - before.tcpOpens;
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
        tcpActiveOpens(),
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

  /**
   * Connections opened ({@code ActiveOpens} in /proc/net/snmp): counts the requests a sweep really
   * made, fallbacks included. Other programs on the host add theirs.
   */
  private static long tcpActiveOpens() {
    try {
      List<String> tcp =
          Files.readAllLines(Path.of("/proc/net/snmp")).stream()
              .filter(line -> line.startsWith("Tcp:"))
              .toList();
      int column = Arrays.asList(tcp.get(0).split(" ")).indexOf("ActiveOpens");
      return Long.parseLong(tcp.get(1).split(" ")[column]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
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
