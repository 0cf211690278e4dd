package io.hashwatch.bench.sentry;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The rig sentry's own cost on this machine (BENCHMARKS.md, "Rig sentry"): the sentry reads the
 * host, its GPUs (none here: {@code gpus = auto} finds no tool, as on a CPU rig) and two miner
 * programs every interval, a GPU program (T-Rex's recorded reply) and a CPU program (xmrig's),
 * served on loopback, and reports to a commander that only checks and acknowledges.
 *
 * <pre>
 * java -cp bench/target/ingest-bench.jar io.hashwatch.bench.sentry.RigSentryBench \
 *     --minutes 10 --warm-up 60 --interval 10
 * </pre>
 *
 * CPU is the sentry process's user + system time over the measured window (after the warm-up) as a
 * share of one core; RSS is sampled every interval.
 */
public final class RigSentryBench {
  /** The JVM flags of sentry/packaging/hashwatch-rig-sentry.service. */
  static final List<String> UNIT_FLAGS =
      List.of(
          "-Xmx32m",
          "-Xss256k",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-XX:CICompilerCount=1",
          "-XX:MaxMetaspaceSize=48m",
          "-XX:ReservedCodeCacheSize=16m",
          "-XX:-UsePerfData",
          "-XX:+ExitOnOutOfMemoryError");

  private RigSentryBench() {}

  public static void main(String[] args) throws Exception {
    int minutes = 10;
    int warmUp = 60;
    int interval = 10;
    List<String> flags = UNIT_FLAGS;
    Path jar = Path.of("sentry/target/sentry.jar");
    Path work = Path.of("bench/target/rig-sentry-bench");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--minutes" -> minutes = Integer.parseInt(args[i + 1]);
        case "--warm-up" -> warmUp = Integer.parseInt(args[i + 1]);
        case "--interval" -> interval = Integer.parseInt(args[i + 1]);
        case "--jvm-flags" -> flags = Arrays.asList(args[i + 1].split(" "));
        case "--sentry-jar" -> jar = Path.of(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(work);
    HttpServer trex = program("/summary", "/rig/trex-summary.json");
    HttpServer xmrig = program("/2/summary", "/rig/xmrig-2-summary.json");
    try (ReportSink sink = new ReportSink()) {
      Path config = work.resolve("rig-sentry.conf");
      Files.writeString(
          config, config(sink, port(trex), port(xmrig), interval, work.resolve("outbox")));
      List<String> command = new ArrayList<>(List.of("java"));
      command.addAll(flags);
      command.addAll(List.of("-jar", jar.toString(), "rig", "--config", config.toString()));
      Process sentry =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("sentry.log").toFile())
              .start();
      try {
        System.out.println(measure(sentry, sink, flags, minutes, warmUp, interval));
      } finally {
        sentry.destroy();
        if (!sentry.waitFor(30, TimeUnit.SECONDS)) {
          sentry.destroyForcibly();
        }
      }
    } finally {
      trex.stop(0);
      xmrig.stop(0);
    }
  }

  private static String measure(
      Process sentry, ReportSink sink, List<String> flags, int minutes, int warmUp, int interval)
      throws Exception {
    SentryProcessMeter meter = new SentryProcessMeter(sentry.pid());
    sleep(Duration.ofSeconds(warmUp), sentry);
    double cpuStart = meter.cpuSeconds();
    long entriesStart = sink.entries();
    long start = System.nanoTime();
    List<Long> rss = new ArrayList<>();
    long end = start + Duration.ofMinutes(minutes).toNanos();
    while (System.nanoTime() < end) {
      sleep(Duration.ofSeconds(interval), sentry);
      rss.add(meter.sampleRssKib());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = meter.cpuSeconds() - cpuStart;
    List<Long> sorted = rss.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "rig sentry, %d s interval, %.0f s measured after %d s warm-up, JVM flags %s:%n"
            + "  CPU %.3f s = %.3f %% of one core%n"
            + "  RSS median %.1f MiB, max %.1f MiB (%d samples)%n"
            + "  entries delivered in the window: %d (the rig and its two programs each reading)%n"
            + "RESULT cpu_percent=%.3f rss_max_mib=%.1f rss_median_mib=%.1f entries=%d",
        interval,
        seconds,
        warmUp,
        String.join(" ", flags),
        cpu,
        100 * cpu / seconds,
        sorted.get(sorted.size() / 2) / 1024.0,
        meter.peakRssKib() / 1024.0,
        rss.size(),
        sink.entries() - entriesStart,
        100 * cpu / seconds,
        meter.peakRssKib() / 1024.0,
        sorted.get(sorted.size() / 2) / 1024.0,
        sink.entries() - entriesStart);
  }

  private static void sleep(Duration time, Process sentry) throws InterruptedException {
    if (sentry.waitFor(time.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("the rig sentry exited with " + sentry.exitValue());
    }
  }

  private static int port(HttpServer server) {
    return server.getAddress().getPort();
  }

  /** A program's API on its own loopback port, answering {@code path} with a recorded reply. */
  private static HttpServer program(String path, String resource) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    byte[] body;
    try (InputStream in = RigSentryBench.class.getResourceAsStream(resource)) {
      body = in.readAllBytes();
    }
    server.createContext(
        path,
        exchange -> {
          try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    server.start();
    return server;
  }

  private static String config(
      ReportSink sink, int trexPort, int xmrigPort, int interval, Path outbox) {
    return """
        id = %s
        commander = %s
        token = %s
        name = bench-rig
        interval = %ds
        outbox = %s
        gpus = auto
        discover = off

        [program trex]
        type = t-rex
        url = http://127.0.0.1:%d

        [program xmrig]
        type = xmrig
        url = http://127.0.0.1:%d
        """
        .formatted(
            ReportSink.SENTRY_ID,
            sink.url(),
            ReportSink.TOKEN,
            interval,
            outbox,
            trexPort,
            xmrigPort);
  }
}
