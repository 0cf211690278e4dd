package io.hashwatch.bench.sentry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another process's CPU time and resident memory from /proc, and its heap from its own GC log
 * ({@code -Xlog:gc}: each collection logs {@code used-before->used-after(committed)}).
 */
final class SentryProcessMeter {
  /** USER_HZ: /proc/PID/stat counts CPU time in these ticks on every Linux the JDK runs on. */
  private static final double TICKS_PER_SECOND = 100.0;

  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private final long pid;
  private long peakRssKib;

  SentryProcessMeter(long pid) {
    this.pid = pid;
  }

  /** CPU seconds (user + system) the process has used so far. */
  double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    // Fields after the command name, which is in parentheses and may hold spaces.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
  }

  /** Samples the resident set; returns it in KiB. */
  long sampleRssKib() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        long rss = Long.parseLong(line.replaceAll("\\D", ""));
        peakRssKib = Math.max(peakRssKib, rss);
        return rss;
      }
    }
    return -1;
  }

  long peakRssKib() {
    return peakRssKib;
  }

  /**
   * The heap figures of a GC log.
   *
   * @param peakUsedMib the most heap in use at any collection's start
   * @param maxLiveMib the most heap still in use after a collection
   * @param maxCommittedMib the most heap the JVM had taken from the system
   */
  record Heap(long collections, long peakUsedMib, long maxLiveMib, long maxCommittedMib) {}

  static Heap heap(Path gcLog) throws IOException {
    long collections = 0;
    long peak = 0;
    long live = 0;
    long committed = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        collections++;
        peak = Math.max(peak, Long.parseLong(m.group(1)));
        live = Math.max(live, Long.parseLong(m.group(2)));
        committed = Math.max(committed, Long.parseLong(m.group(3)));
      }
    }
    return new Heap(collections, peak, live, committed);
  }
}
