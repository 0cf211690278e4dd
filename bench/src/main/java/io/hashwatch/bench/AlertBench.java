package io.hashwatch.bench;

import io.hashwatch.commander.alerts.AlertCycle;
import io.hashwatch.commander.alerts.Conditions;
import io.hashwatch.commander.notify.AlertNotices;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The alert evaluation at a farm's size (BENCHMARKS.md "Alert evaluation"): a launched commander on
 * PostgreSQL stores one full reading of each of D devices through its report API, a share of them
 * then unreachable; then this driver runs the commander's own {@link AlertCycle} against that
 * database, as the alert timer does every 30 s, on a clock of its own: a first run without memory
 * (a node's first run, or a takeover), steady runs 30 s apart, the run that opens the unreachable
 * devices' offline alerts once the default rule's 5 minutes have passed, a steady run with them
 * open, and a takeover with them open. The commander's own alert timer is set to once a day so that
 * it does not evaluate beside the driver.
 */
public final class AlertBench {
  private static final String COMMANDER_JAVA_OPTS = "-Xmx1g -XX:+UseParallelGC";
  private static final int BATCH = 1_000;
  private static final Duration STEP = Duration.ofSeconds(30);
  // The states are read from fixed past times (ReadingFeed); the driver's clock starts just after
  // them, and the offline window is long enough that only the unreachable devices are offline.
  private static final Instant START = ReadingFeed.FIRST_POLL.plus(Duration.ofMinutes(3));
  private static final Duration OFFLINE_AFTER = Duration.ofHours(1);
  private static final Duration DEFAULT_SUSTAIN = Duration.ofMinutes(5);

  private AlertBench() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    Files.createDirectories(settings.work());
    try (Postgres postgres =
            Postgres.embedded(
                settings.work().resolve("pg"), settings.work().resolve("pg.log"), Map.of());
        Commander commander =
            Commander.launch(
                Path.of("payara-config/target/hashwatch/bin/commander").toAbsolutePath(),
                settings.work(),
                postgres,
                COMMANDER_JAVA_OPTS,
                "alert-bench-" + UUID.randomUUID(),
                Map.of("HASHWATCH_ALERTS_EVERY", "PT24H"))) {
      commander.awaitHealthy(settings.work().resolve("commander.log"));
      long stored = fill(settings, commander);
      System.out.println(evaluate(settings, postgres.dataSource(), stored));
    }
  }

  /** Stores one reading of every device, then the unreachable ones' failed poll; the states. */
  private static long fill(Settings settings, Commander commander) throws Exception {
    List<SentryLogin> sentries =
        Registration.register(
            commander, UUID.randomUUID().toString().substring(0, 8), settings.sentries());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int perSentry = settings.devices() / settings.sentries();
    long started = System.nanoTime();
    for (SentryLogin sentry : sentries) {
      ReadingFeed feed = new ReadingFeed(sentry.index(), perSentry);
      for (int first = 1; first <= perSentry; first += BATCH) {
        post(
            http,
            commander,
            sentry,
            feed.reportBody(first, Math.min(BATCH, perSentry - first + 1)));
      }
      post(http, commander, sentry, unreachable(feed, settings.darkEvery(), perSentry + 1));
    }
    System.out.printf(
        Locale.ROOT,
        "stored %d devices' readings through the report API in %.1f s%n",
        (long) perSentry * sentries.size(),
        (System.nanoTime() - started) / 1e9);
    return (long) perSentry * sentries.size();
  }

  /** A report in which every {@code every}-th device of {@code feed} did not answer its poll. */
  private static byte[] unreachable(ReadingFeed feed, int every, long firstSeq) {
    List<String> entries = new ArrayList<>();
    for (int device = 0; device < feed.devices(); device += every) {
      entries.add(
          "{\"seq\":%d,\"time\":\"%s\",\"address\":\"%s\",\"kind\":\"asic\",\"reading\":{\"result\":\"unreachable\",\"errors\":[\"connect timed out\"]}}"
              .formatted(
                  firstSeq + entries.size(),
                  ReadingFeed.FIRST_POLL.plus(Duration.ofMinutes(1)),
                  feed.address(device)));
    }
    return ("{\"entries\":[" + String.join(",", entries) + "],\"dropped\":0}").getBytes();
  }

  private static void post(HttpClient http, Commander commander, SentryLogin sentry, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                commander.base.resolve("api/v1/sentries/" + sentry.id() + "/reports"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + sentry.token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "a report of sentry "
              + sentry.id()
              + " answered "
              + answer.statusCode()
              + ": "
              + answer.body());
    }
  }

  private static String evaluate(Settings settings, DataSource database, long devices)
      throws SQLException {
    AlertCycle cycle = new AlertCycle(database, OFFLINE_AFTER, AlertNotices.OUTBOX);
    List<String> lines = new ArrayList<>();
    Conditions memory = timed("first run, no memory", cycle, START, null, database, lines);
    List<Long> steady = new ArrayList<>();
    Instant at = START;
    for (int run = 0; run < settings.steadyRuns(); run++) {
      at = at.plus(STEP);
      long before = System.nanoTime();
      memory = cycle.run(at, memory).memory();
      steady.add(System.nanoTime() - before);
    }
    at = START.plus(DEFAULT_SUSTAIN).plus(STEP);
    memory = timed("the run that opens the offline alerts", cycle, at, memory, database, lines);
    at = at.plus(STEP);
    timed("steady, with them open", cycle, at, memory, database, lines);
    at = at.plus(STEP);
    timed("takeover (no memory), with them open", cycle, at, null, database, lines);
    LatencyStats steadyStats =
        LatencyStats.of(steady.stream().mapToLong(Long::longValue).toArray());
    return String.format(
        Locale.ROOT,
        "alert evaluation, %d devices (%d sentries, every %d-th unreachable), database PostgreSQL%n"
            + "%s%n  steady runs before any alert: p50 %.0f ms, max %.0f ms (%d runs)%n"
            + "RESULT devices=%d steady_p50_ms=%.0f steady_max_ms=%.0f",
        devices,
        settings.sentries(),
        settings.darkEvery(),
        String.join("\n", lines),
        steadyStats.p50Millis(),
        steadyStats.maxMillis(),
        steady.size(),
        devices,
        steadyStats.p50Millis(),
        steadyStats.maxMillis());
  }

  private static Conditions timed(
      String what,
      AlertCycle cycle,
      Instant at,
      Conditions memory,
      DataSource database,
      List<String> lines)
      throws SQLException {
    long before = System.nanoTime();
    AlertCycle.Outcome outcome = cycle.run(at, memory);
    long took = System.nanoTime() - before;
    lines.add(
        String.format(
            Locale.ROOT,
            "  %s: %.0f ms, %d alerts opened or resolved, %d open after it",
            what,
            took / 1e6,
            outcome.changes().size(),
            openAlerts(database)));
    return outcome.memory();
  }

  private static long openAlerts(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT COUNT(*) FROM alert WHERE resolved IS NULL")) {
      row.next();
      return row.getLong(1);
    }
  }

  /** The command line: {@code --devices --sentries --dark-every --steady-runs --work}. */
  record Settings(int devices, int sentries, int darkEvery, int steadyRuns, Path work) {

    static Settings parse(String[] args) {
      int devices = 10_000;
      int sentries = 20;
      int darkEvery = 50;
      int steadyRuns = 8;
      Path work = Path.of("bench/target/alert-bench");
      for (int i = 0; i + 1 < args.length; i += 2) {
        String value = args[i + 1];
        switch (args[i]) {
          case "--devices" -> devices = Integer.parseInt(value);
          case "--sentries" -> sentries = Integer.parseInt(value);
          case "--dark-every" -> darkEvery = Integer.parseInt(value);
          case "--steady-runs" -> steadyRuns = Integer.parseInt(value);
          case "--work" -> work = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (steadyRuns < 1 || steadyRuns > 9) {
        // The steady runs must end before the default offline rule's 5 minutes of sustain.
        throw new IllegalArgumentException("--steady-runs must be 1 to 9, was " + steadyRuns);
      }
      return new Settings(devices, sentries, darkEvery, steadyRuns, work.toAbsolutePath());
    }
  }
}
