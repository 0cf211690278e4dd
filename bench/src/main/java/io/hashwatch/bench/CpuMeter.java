package io.hashwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went, from Linux's /proc: the whole machine, this driver, the commander
 * and PostgreSQL (the postmaster and its children, with the children that ended). On a machine
 * without /proc every figure is 0.
 */
final class CpuMeter {
  /** Linux reports process times in USER_HZ, 100 a second on every common architecture. */
  private static final double TICKS_PER_SECOND = 100;

  private final long commanderPid;
  private final long postmasterPid;

  CpuMeter(long commanderPid, long postmasterPid) {
    this.commanderPid = commanderPid;
    this.postmasterPid = postmasterPid;
  }

  /** CPU ticks used so far, each figure a running total. */
  record Sample(long nanos, long busy, long idle, long driver, long commander, long postgres) {}

  /**
   * CPU used between two samples, in cores (1.0 = one core busy the whole time).
   *
   * @param idle cores idle or waiting for I/O
   * @param other cores busy with anything else on the machine
   */
  record Usage(
      int cores, double driver, double commander, double postgres, double other, double idle) {}

  Sample sample() {
    long[] machine = machineTicks();
    return new Sample(
        System.nanoTime(),
        machine[0],
        machine[1],
        processTicks(ProcessHandle.current().pid(), false),
        commanderPid < 0 ? 0 : processTicks(commanderPid, false),
        postgresTicks());
  }

  static Usage between(Sample from, Sample to) {
    double seconds = (to.nanos() - from.nanos()) / 1e9;
    double driver = cores(to.driver() - from.driver(), seconds);
    double commander = cores(to.commander() - from.commander(), seconds);
    double postgres = cores(to.postgres() - from.postgres(), seconds);
    double busy = cores(to.busy() - from.busy(), seconds);
    return new Usage(
        Runtime.getRuntime().availableProcessors(),
        driver,
        commander,
        postgres,
        Math.max(0, busy - driver - commander - postgres),
        cores(to.idle() - from.idle(), seconds));
  }

  /** The parent of process {@code pid}, or -1 when it cannot be read. */
  static long parentOf(long pid) {
    String[] fields = statFields(pid);
    return fields == null ? -1 : Long.parseLong(fields[1]);
  }

  private static double cores(long ticks, double seconds) {
    return seconds <= 0 ? 0 : ticks / TICKS_PER_SECOND / seconds;
  }

  private long postgresTicks() {
    if (postmasterPid < 0) {
      return 0;
    }
    long total = processTicks(postmasterPid, true);
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      List<Long> pids =
          processes
              .map(path -> path.getFileName().toString())
              .filter(name -> name.chars().allMatch(Character::isDigit))
              .map(Long::parseLong)
              .toList();
      for (long pid : pids) {
        String[] fields = statFields(pid);
        if (fields != null && Long.parseLong(fields[1]) == postmasterPid) {
          total += ticks(fields, false);
        }
      }
    } catch (IOException e) {
      return total;
    }
    return total;
  }

  private static long processTicks(long pid, boolean withEndedChildren) {
    String[] fields = statFields(pid);
    return fields == null ? 0 : ticks(fields, withEndedChildren);
  }

  /** utime + stime (fields 14 and 15 of /proc/PID/stat), and cutime + cstime if asked. */
  private static long ticks(String[] fields, boolean withEndedChildren) {
    long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return withEndedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
  }

  /** The fields of /proc/PID/stat from field 3 (state) on, or null when it cannot be read. */
  private static String[] statFields(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** {busy, idle} ticks of the whole machine from the first line of /proc/stat. */
  private static long[] machineTicks() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(cpu[i]);
      }
      return new long[] {busy, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }
}
