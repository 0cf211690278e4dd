package io.hashwatch.bench.ui;

import io.hashwatch.bench.Commander;
import io.hashwatch.bench.LatencyStats;
import io.hashwatch.bench.Postgres;
import io.hashwatch.bench.Registration;
import io.hashwatch.bench.SentryLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The operator UI under a farm's load (BENCHMARKS.md "Operator UI"): simulated sentries report D
 * devices every I seconds to a commander on PostgreSQL while a headless Chromium, signed in, loads
 * the overview and the devices page (Navigation Timing) and then watches the devices page,
 * recording how old each pushed reading is when the page has applied it.
 */
public final class UiBench {
  private static final String COMMANDER_JAVA_OPTS = "-Xmx1g -XX:+UseParallelGC";

  private UiBench() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    Files.createDirectories(settings.work());
    try (Postgres postgres =
            settings.commander() == null
                ? Postgres.embedded(
                    settings.work().resolve("pg"), settings.work().resolve("pg.log"), Map.of())
                : null;
        Commander commander = commander(settings, postgres)) {
      System.out.println(run(settings, commander, postgres));
    }
  }

  private static Commander commander(Settings settings, Postgres postgres) throws Exception {
    if (settings.commander() != null) {
      return Commander.external(settings.commander(), settings.adminPassword());
    }
    Commander launched =
        Commander.launch(
            Path.of("payara-config/target/hashwatch/bin/commander").toAbsolutePath(),
            settings.work(),
            postgres,
            COMMANDER_JAVA_OPTS,
            settings.adminPassword());
    launched.awaitHealthy(settings.work().resolve("commander.log"));
    return launched;
  }

  private static String run(Settings settings, Commander commander, Postgres postgres)
      throws Exception {
    List<SentryLogin> sentries =
        Registration.register(
            commander, UUID.randomUUID().toString().substring(0, 8), settings.sentries());
    LongAdder delivered = new LongAdder();
    LongAdder failed = new LongAdder();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ScheduledExecutorService feeds = Executors.newScheduledThreadPool(sentries.size());
    // WebDriver is not thread-safe: everything the browser does after the start runs on this one.
    ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
    for (SentryLogin sentry : sentries) {
      feeds.scheduleAtFixedRate(
          new FarmFeed(
              sentry,
              commander.base,
              settings.devices() / sentries.size(),
              settings.intervalSeconds(),
              http,
              delivered,
              failed),
          0,
          1,
          TimeUnit.SECONDS);
    }
    try (BrowserProbe browser =
        new BrowserProbe(commander.base, settings.work().resolve("chromium-profile"))) {
      after(watcher, settings.intervalSeconds() + settings.warmUpSeconds());
      browser.signIn("admin", commander.adminPassword);
      List<BrowserProbe.PageLoad> overview =
          loads(browser, "app/overview.xhtml", settings.pageLoads());
      List<BrowserProbe.PageLoad> devices =
          loads(browser, "app/devices.xhtml", settings.pageLoads());
      browser.watch("app/devices.xhtml");
      browser.drainAges();
      long deliveredBefore = delivered.sum();
      List<Long> ages = new ArrayList<>();
      ScheduledFuture<?> drain =
          watcher.scheduleAtFixedRate(
              () -> ages.addAll(browser.drainAges()), 5, 5, TimeUnit.SECONDS);
      after(watcher, settings.measureSeconds());
      watcher
          .submit(
              () -> {
                drain.cancel(false);
                ages.addAll(browser.drainAges());
              })
          .get();
      long deliveredInWindow = delivered.sum() - deliveredBefore;
      return report(settings, postgres, overview, devices, ages, deliveredInWindow, failed.sum());
    } finally {
      watcher.shutdownNow();
      feeds.shutdownNow();
      feeds.awaitTermination(60, TimeUnit.SECONDS);
    }
  }

  /** Returns once {@code seconds} have passed, by a task scheduled that far ahead. */
  private static void after(ScheduledExecutorService scheduler, int seconds) throws Exception {
    scheduler.schedule(() -> null, seconds, TimeUnit.SECONDS).get();
  }

  private static List<BrowserProbe.PageLoad> loads(BrowserProbe browser, String path, int times) {
    List<BrowserProbe.PageLoad> loads = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      loads.add(browser.load(path));
    }
    return loads;
  }

  private static String report(
      Settings settings,
      Postgres postgres,
      List<BrowserProbe.PageLoad> overview,
      List<BrowserProbe.PageLoad> devices,
      List<Long> ages,
      long delivered,
      long failed) {
    LatencyStats push = LatencyStats.of(ages.stream().mapToLong(age -> age * 1_000_000).toArray());
    LatencyStats overviewLoad =
        millis(overview.stream().mapToDouble(BrowserProbe.PageLoad::loadedMillis));
    LatencyStats overviewServer =
        millis(overview.stream().mapToDouble(BrowserProbe.PageLoad::firstByteMillis));
    LatencyStats devicesLoad =
        millis(devices.stream().mapToDouble(BrowserProbe.PageLoad::loadedMillis));
    LatencyStats devicesServer =
        millis(devices.stream().mapToDouble(BrowserProbe.PageLoad::firstByteMillis));
    return String.format(
        Locale.ROOT,
        "operator UI, %d devices reporting every %d s from %d sentries, database %s%n"
            + "  overview page: load p50 %.0f ms, p99 %.0f ms; server (first byte) p50 %.0f ms, p99 %.0f ms (%d loads)%n"
            + "  devices page:  load p50 %.0f ms, p99 %.0f ms; server (first byte) p50 %.0f ms, p99 %.0f ms (%d loads)%n"
            + "  push, reading sent -> applied on the open devices page: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d readings)%n"
            + "  readings stored in the %d s window: %d (%.0f/s); refused or failed posts, whole run: %d readings%n"
            + "RESULT overview_p99_ms=%.0f devices_p99_ms=%.0f push_p50_ms=%.0f push_p99_ms=%.0f pushed=%d",
        settings.devices(),
        settings.intervalSeconds(),
        settings.sentries(),
        postgres == null ? "of the given commander" : "PostgreSQL " + postgres.description(),
        overviewLoad.p50Millis(),
        overviewLoad.p99Millis(),
        overviewServer.p50Millis(),
        overviewServer.p99Millis(),
        overview.size(),
        devicesLoad.p50Millis(),
        devicesLoad.p99Millis(),
        devicesServer.p50Millis(),
        devicesServer.p99Millis(),
        devices.size(),
        push.p50Millis(),
        push.p99Millis(),
        push.maxMillis(),
        push.count(),
        settings.measureSeconds(),
        delivered,
        delivered / (double) settings.measureSeconds(),
        failed,
        overviewLoad.p99Millis(),
        devicesLoad.p99Millis(),
        push.p50Millis(),
        push.p99Millis(),
        push.count());
  }

  private static LatencyStats millis(java.util.stream.DoubleStream values) {
    return LatencyStats.of(values.mapToLong(ms -> Math.round(ms * 1_000_000)).toArray());
  }

  /**
   * The command line: {@code --devices --sentries --interval --warm-up --measure --page-loads
   * --commander --admin-password --work}.
   */
  record Settings(
      int devices,
      int sentries,
      int intervalSeconds,
      int warmUpSeconds,
      int measureSeconds,
      int pageLoads,
      URI commander,
      String adminPassword,
      Path work) {

    static Settings parse(String[] args) {
      int devices = 10_000;
      int sentries = 10;
      int interval = 30;
      int warmUp = 60;
      int measure = 180;
      int pageLoads = 20;
      URI commander = null;
      String adminPassword = "ui-bench-" + UUID.randomUUID();
      Path work = Path.of("bench/target/ui-bench");
      for (int i = 0; i + 1 < args.length; i += 2) {
        String value = args[i + 1];
        switch (args[i]) {
          case "--devices" -> devices = Integer.parseInt(value);
          case "--sentries" -> sentries = Integer.parseInt(value);
          case "--interval" -> interval = Integer.parseInt(value);
          case "--warm-up" -> warmUp = Integer.parseInt(value);
          case "--measure" -> measure = Integer.parseInt(value);
          case "--page-loads" -> pageLoads = Integer.parseInt(value);
          case "--commander" -> commander = URI.create(value.endsWith("/") ? value : value + "/");
          case "--admin-password" -> adminPassword = value;
          case "--work" -> work = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      // The commander runs in the work folder: paths handed to it must not be relative.
      return new Settings(
          devices,
          sentries,
          interval,
          warmUp,
          measure,
          pageLoads,
          commander,
          adminPassword,
          work.toAbsolutePath());
    }
  }
}
