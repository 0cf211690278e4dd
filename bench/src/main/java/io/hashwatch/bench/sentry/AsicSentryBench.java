package io.hashwatch.bench.sentry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ASIC sentry sweeping N simulated miners, for each N given (BENCHMARKS.md, "ASIC sentry").
 *
 * <pre>
 * java -cp bench/target/ingest-bench.jar io.hashwatch.bench.sentry.AsicSentryBench \
 *     --miners 1000,5000,10000 --sweeps 6 --interval 20 --heap 256m
 * </pre>
 *
 * The first sweep identifies every miner and is reported apart; the figures are over the sweeps
 * after it. CPU is the sentry process's (its uplink included) per sweep, RSS its peak resident set,
 * heap from its GC log.
 */
public final class AsicSentryBench {
  private static final Pattern SWEEP =
      Pattern.compile("sweep: (\\d+) devices in ([\\d.]+) s: (\\d+) ok, (\\d+) failed");
  private static final Pattern MINER = Pattern.compile("(127\\.\\d+\\.\\d+\\.\\d+:\\d+) \\w+");
  private static final int ADDRESSES_PER_LINE = 200;

  private AsicSentryBench() {}

  public static void main(String[] args) throws Exception {
    List<Integer> counts = List.of(1000, 5000, 10000);
    int sweeps = 6;
    int interval = 20;
    String heap = "256m";
    Path jar = Path.of("sentry/target/sentry.jar");
    Path work = Path.of("bench/target/asic-sentry-bench");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--miners" ->
            counts = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
        case "--sweeps" -> sweeps = Integer.parseInt(args[i + 1]);
        case "--interval" -> interval = Integer.parseInt(args[i + 1]);
        case "--heap" -> heap = args[i + 1];
        case "--sentry-jar" -> jar = Path.of(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "ASIC sentry benchmark: %d measured sweeps every %d s, sentry heap -Xmx%s, %d cores,"
            + " load %.1f at start%n",
        sweeps,
        interval,
        heap,
        Runtime.getRuntime().availableProcessors(),
        load());
    System.out.println(
        "miners | first sweep s | sweep s median / max | ok / failed | CPU s per sweep"
            + " | peak RSS MiB | heap peak used / max live / committed MiB | GCs | entries sent");
    for (int count : counts) {
      System.out.println(run(count, sweeps, interval, heap, jar, work.resolve("n" + count)));
    }
  }

  private static String run(int count, int sweeps, int interval, String heap, Path jar, Path work)
      throws Exception {
    Files.createDirectories(work);
    Path simulatorLog = work.resolve("simulate.log");
    Process simulator =
        java(
            jar,
            List.of("-Xmx1g"),
            simulatorLog,
            "simulate",
            "--count",
            "" + count,
            "--from",
            "127.2.0.1");
    try (ReportSink sink = new ReportSink()) {
      List<String> miners = awaitMiners(simulator, simulatorLog, count);
      Path config = work.resolve("asic-sentry.conf");
      Files.writeString(config, config(sink, miners, interval, work.resolve("outbox")));
      Path gcLog = work.resolve("gc.log");
      Path sentryLog = work.resolve("sentry.log");
      Process sentry =
          java(
              jar,
              List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog),
              sentryLog,
              "asic",
              "--config",
              config.toString());
      try {
        return measure(sentry, sentryLog, gcLog, sink, count, sweeps, interval);
      } finally {
        sentry.destroy();
        sentry.waitFor(30, TimeUnit.SECONDS);
        sentry.destroyForcibly();
      }
    } finally {
      simulator.destroy();
      simulator.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String measure(
      Process sentry, Path log, Path gcLog, ReportSink sink, int count, int sweeps, int interval)
      throws Exception {
    SentryProcessMeter meter = new SentryProcessMeter(sentry.pid());
    Instant deadline = Instant.now().plus(Duration.ofSeconds((sweeps + 3L) * interval + 300));
    List<double[]> seen = new ArrayList<>();
    double cpuAfterFirst = 0;
    while (seen.size() < sweeps + 1) {
      if (!sentry.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the sentry stopped or took too long; its log:\n" + Files.readString(log));
      }
      meter.sampleRssKib();
      List<double[]> now = sweeps(log);
      if (now.size() > seen.size()) {
        if (seen.isEmpty()) {
          cpuAfterFirst = meter.cpuSeconds();
        }
        seen = now;
      }
      sentry.waitFor(500, TimeUnit.MILLISECONDS);
    }
    double cpu = (meter.cpuSeconds() - cpuAfterFirst) / sweeps;
    List<double[]> measured = seen.subList(1, sweeps + 1);
    double[] times = measured.stream().mapToDouble(s -> s[1]).sorted().toArray();
    int ok = (int) measured.stream().mapToDouble(s -> s[2]).min().orElse(0);
    int failed = (int) measured.stream().mapToDouble(s -> s[3]).max().orElse(0);
    SentryProcessMeter.Heap heap = SentryProcessMeter.heap(gcLog);
    return String.format(
        Locale.ROOT,
        "%d | %.2f | %.2f / %.2f | %d / %d | %.2f | %d | %d / %d / %d | %d | %d",
        count,
        seen.get(0)[1],
        times[times.length / 2],
        times[times.length - 1],
        ok,
        failed,
        cpu,
        meter.peakRssKib() / 1024,
        heap.peakUsedMib(),
        heap.maxLiveMib(),
        heap.maxCommittedMib(),
        heap.collections(),
        sink.entries());
  }

  /** Each sweep line of the log: devices, seconds, ok, failed. */
  private static List<double[]> sweeps(Path log) throws IOException {
    List<double[]> sweeps = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      Matcher m = SWEEP.matcher(line);
      if (m.find()) {
        sweeps.add(
            new double[] {
              Double.parseDouble(m.group(1)),
              Double.parseDouble(m.group(2)),
              Double.parseDouble(m.group(3)),
              Double.parseDouble(m.group(4))
            });
      }
    }
    return sweeps;
  }

  private static List<String> awaitMiners(Process simulator, Path log, int count)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline) && simulator.isAlive()) {
      List<String> miners = new ArrayList<>();
      for (String line : Files.readAllLines(log)) {
        Matcher m = MINER.matcher(line);
        if (m.matches()) {
          miners.add(m.group(1));
        }
      }
      if (miners.size() == count) {
        return miners;
      }
      simulator.waitFor(500, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException(
        "the simulator did not start; its log:\n" + Files.readString(log));
  }

  private static String config(ReportSink sink, List<String> miners, int interval, Path outbox) {
    StringBuilder text = new StringBuilder();
    text.append("id = ").append(ReportSink.SENTRY_ID).append('\n');
    text.append("commander = ").append(sink.url()).append('\n');
    text.append("token = ").append(ReportSink.TOKEN).append('\n');
    text.append("interval = ").append(interval).append("s\n");
    text.append("outbox = ").append(outbox).append('\n');
    for (int i = 0; i < miners.size(); i += ADDRESSES_PER_LINE) {
      text.append("devices = ")
          .append(
              String.join(", ", miners.subList(i, Math.min(miners.size(), i + ADDRESSES_PER_LINE))))
          .append('\n');
    }
    return text.toString();
  }

  private static Process java(Path jar, List<String> options, Path log, String... arguments)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static double load() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }
}
