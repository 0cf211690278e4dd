package io.hashwatch.sentry.host;

import io.hashwatch.protocols.reading.Host;
import io.hashwatch.protocols.reading.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import oshi.hardware.CentralProcessor;
import oshi.hardware.CentralProcessor.TickType;

/**
 * Reads the rig's machine: what the rig's own reading carries ({@link HostReading}). It runs every
 * few seconds on a machine that exists to mine, so it costs next to nothing: OSHI's objects are
 * made once, and only its calls that read one or two small kernel files are used (CPU ticks, load
 * average, memory, uptime, sensors); the disks, the network counters and the per-core temperatures
 * are read from the kernel's files directly ({@link MountedDisks}, {@link NetworkCounters}, {@link
 * CpuTemperatures}). Nothing lists processes.
 *
 * <p>A figure that cannot be read is absent, and why goes to the reading's problems; {@link
 * #read()} never throws.
 */
public final class HostProbe {
  private final Path proc;
  private final CpuTemperatures temperatures;
  private final MountedDisks disks;
  private final NetworkCounters network;
  private final OshiMachine oshi;
  private final String oshiProblem;
  private long[] previousTicks;

  /** This machine: {@code /sys/class/hwmon} and {@code /proc}. */
  public static HostProbe local() {
    return new HostProbe(Path.of("/sys/class/hwmon"), Path.of("/proc"));
  }

  /**
   * @param hwmonRoot the kernel's hwmon class directory, {@code /sys/class/hwmon}
   * @param proc the proc file system, {@code /proc}
   */
  public HostProbe(Path hwmonRoot, Path proc) {
    this.proc = proc;
    this.temperatures = new CpuTemperatures(hwmonRoot);
    this.disks = new MountedDisks(proc.resolve("self/mounts"));
    this.network = new NetworkCounters(proc.resolve("net/dev"));
    OshiMachine created = null;
    String problem = null;
    try {
      created = OshiMachine.create();
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: JNA's native library could not be loaded (a temp dir mounted noexec...).
      problem = "OSHI cannot read this machine (" + e + "): no CPU, memory, uptime or fans";
    }
    this.oshi = created;
    this.oshiProblem = problem;
  }

  /** The machine now; the CPU load is over the time since the previous call (absent at first). */
  public synchronized HostReading read() {
    List<String> problems = new ArrayList<>();
    String hostname = OshiMachine.clip(Hostname.read(proc));
    try {
      return oshi == null ? withoutOshi(hostname, problems) : withOshi(hostname, problems);
    } catch (RuntimeException e) {
      // A figure out of the reading's bounds; a fault of this probe, reported as a problem.
      problems.add("host: " + e);
      return new HostReading(
          new Host(hostname, null, null, null, null, null, null, List.of(), null, null, null, null),
          List.of(),
          null,
          problems);
    }
  }

  private HostReading withOshi(String hostname, List<String> problems) {
    CentralProcessor cpu = oshi.cpu();
    CpuTemperatures.Temperatures temps = temperatures.read(problems);
    Double packageC = temps.packageC();
    if (packageC == null) {
      // Without coretemp or k10temp, OSHI looks in the thermal zones; 0 is its "unknown".
      Double sensor = part("CPU temperature", problems, () -> oshi.sensors().getCpuTemperature());
      packageC = sensor != null && Double.isFinite(sensor) && sensor > 0 ? sensor : null;
    }
    Double load =
        part(
            "CPU load",
            problems,
            () -> {
              long[] ticks = cpu.getSystemCpuLoadTicks();
              Double since = cpuLoad(previousTicks, ticks);
              previousTicks = ticks;
              return since;
            });
    Double average = part("load average", problems, () -> cpu.getSystemLoadAverage(1)[0]);
    Host host =
        new Host(
            hostname,
            oshi.osName(),
            oshi.cpuModel(),
            oshi.threads(),
            load,
            average == null || average < 0 ? null : average,
            packageC,
            bounded(temps.coresC(), Host.MAX_CORES),
            part("memory", problems, () -> oshi.memory().getTotal()),
            part("memory", problems, () -> oshi.memory().getAvailable()),
            disks.read(problems),
            network.read(problems));
    List<Integer> fans = part("fans", problems, this::fans);
    Long uptime = part("uptime", problems, () -> oshi.os().getSystemUptime());
    return new HostReading(host, fans == null ? List.of() : fans, uptime, problems);
  }

  private HostReading withoutOshi(String hostname, List<String> problems) {
    problems.add(oshiProblem);
    CpuTemperatures.Temperatures temps = temperatures.read(problems);
    Host host =
        new Host(
            hostname,
            null,
            null,
            null,
            null,
            null,
            temps.packageC(),
            bounded(temps.coresC(), Host.MAX_CORES),
            null,
            null,
            disks.read(problems),
            network.read(problems));
    return new HostReading(host, List.of(), null, problems);
  }

  /**
   * The share of CPU ticks not idle (nor waiting for I/O) between {@code previous} and {@code
   * ticks} (OSHI's {@link TickType} order), in percent; null without a previous read.
   */
  static Double cpuLoad(long[] previous, long[] ticks) {
    if (previous == null || previous.length != ticks.length) {
      return null;
    }
    long total = 0;
    for (int i = 0; i < ticks.length; i++) {
      total += ticks[i] - previous[i];
    }
    long idle =
        ticks[TickType.IDLE.getIndex()]
            - previous[TickType.IDLE.getIndex()]
            + ticks[TickType.IOWAIT.getIndex()]
            - previous[TickType.IOWAIT.getIndex()];
    if (total <= 0) {
      return null; // read twice within one tick
    }
    return Math.min(100.0, Math.max(0.0, 100.0 * (total - idle) / total));
  }

  private List<Integer> fans() {
    return Arrays.stream(oshi.sensors().getFanSpeeds())
        .filter(rpm -> rpm > 0)
        .limit(Limits.MAX_FANS)
        .boxed()
        .toList();
  }

  /** One figure; what goes wrong reading it is a problem and the figure is absent. */
  private static <T> T part(String what, List<String> problems, Supplier<T> figure) {
    try {
      return figure.get();
    } catch (RuntimeException | LinkageError e) {
      String problem = what + ": " + e;
      if (!problems.contains(problem)) {
        problems.add(problem);
      }
      return null;
    }
  }

  private static <T> List<T> bounded(List<T> list, int max) {
    return list.size() <= max ? list : list.subList(0, max);
  }
}
