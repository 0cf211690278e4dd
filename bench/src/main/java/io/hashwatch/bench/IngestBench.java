package io.hashwatch.bench;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: starts what is needed, runs the load, checks the rows, runs the COPY. */
@Command(
    name = "ingest-bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures the commander's sustained ingest of sentry reports against PostgreSQL COPY.")
public final class IngestBench implements Callable<Integer> {
  @Option(
      names = {"-n", "--sentries"},
      defaultValue = "4",
      description = "simulated sentries (${DEFAULT-VALUE})")
  int sentries;

  @Option(
      names = {"-b", "--batch"},
      defaultValue = "1000",
      description = "entries per report, 1-5000 (${DEFAULT-VALUE})")
  int batch;

  @Option(
      names = {"-d", "--devices"},
      defaultValue = "500",
      description = "devices per sentry (${DEFAULT-VALUE})")
  int devices;

  @Option(
      names = "--warm-up",
      defaultValue = "20",
      description = "seconds of warm-up (${DEFAULT-VALUE})")
  int warmUp;

  @Option(
      names = "--measure",
      defaultValue = "60",
      description = "seconds measured (${DEFAULT-VALUE})")
  int measure;

  @Option(
      names = "--request-timeout",
      defaultValue = "60",
      description = "seconds per request (${DEFAULT-VALUE})")
  int requestTimeout;

  @Option(names = "--copy-chunk", description = "rows per COPY statement (default: --batch)")
  Integer copyChunk;

  @Option(
      names = "--copy-limit",
      defaultValue = "600",
      description = "seconds the COPY phase may take (${DEFAULT-VALUE})")
  int copyLimit;

  @Option(
      names = "--jdbc-url",
      description = "a running PostgreSQL (default: start an embedded one)")
  String jdbcUrl;

  @Option(names = "--db-user", defaultValue = "postgres", description = "(${DEFAULT-VALUE})")
  String dbUser;

  @Option(names = "--db-password", defaultValue = "postgres", description = "(${DEFAULT-VALUE})")
  String dbPassword;

  @Option(
      names = "--pg-setting",
      description = "a setting of the embedded PostgreSQL, name=value (repeatable)")
  Map<String, String> pgSettings = new LinkedHashMap<>();

  @Option(
      names = "--commander",
      description = "a running commander's URL, on the --jdbc-url database (default: launch one)")
  URI commanderUrl;

  @Option(names = "--admin-password", description = "the admin's password of --commander")
  String adminPassword;

  @Option(
      names = "--launch-script",
      defaultValue = "payara-config/target/hashwatch/bin/commander",
      description = "(${DEFAULT-VALUE})")
  Path launchScript;

  @Option(
      names = "--commander-java-opts",
      defaultValue = "-Xmx1g -XX:+UseParallelGC",
      description = "HASHWATCH_JAVA_OPTS of the launched commander (${DEFAULT-VALUE})")
  String commanderJavaOpts;

  @Option(
      names = "--commander-jfr",
      description =
          "record the launched commander with JFR over the measured window into this file")
  Path commanderJfr;

  @Option(
      names = "--pg-statements",
      description =
          "print PostgreSQL's timing of each statement in the measured window (pg_stat_statements)")
  boolean pgStatements;

  @Option(
      names = "--work-dir",
      description = "logs and data of the run (default: bench/target/runs/<time>)")
  Path workDir;

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new IngestBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    validate();
    String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path work = workDir != null ? workDir : Path.of("bench", "target", "runs", runId);
    Files.createDirectories(work);
    out.printf(
        "ingest-bench %s: %d sentries x %d devices, batches of %d, warm-up %d s, measured %d s; work dir %s%n",
        runId, sentries, devices, batch, warmUp, measure, work.toAbsolutePath());
    try (Cleanup cleanup = new Cleanup()) {
      Postgres postgres = cleanup.add(startPostgres(work));
      out.println("database: " + postgres.version() + ", " + postgres.description());
      Commander commander = startCommander(work, postgres, cleanup);
      CpuMeter cpu = new CpuMeter(commander.pid(), postgres.postmasterPid());
      List<SentryLogin> logins = Registration.register(commander, runId, sentries);
      List<ReadingFeed> feeds = new ArrayList<>();
      for (int index = 0; index < sentries; index++) {
        feeds.add(new ReadingFeed(index, devices));
      }
      out.println("load (rate of acknowledged readings):");
      IngestResult ingest =
          new IngestRun(
                  commander.base,
                  batch,
                  Duration.ofSeconds(requestTimeout),
                  cpu,
                  out,
                  () -> {
                    if (pgStatements) {
                      out.println("  " + StatementStats.reset(postgres));
                    }
                    if (commanderJfr != null) {
                      out.println(
                          "  "
                              + commander.startRecording(
                                  commanderJfr, Duration.ofSeconds(measure)));
                    }
                  })
              .run(logins, feeds, Duration.ofSeconds(warmUp), Duration.ofSeconds(measure));
      if (pgStatements) {
        out.println("PostgreSQL statements, measured window (cores = server time / window):");
        StatementStats.top(postgres, 8, measure).forEach(line -> out.println("  " + line));
      }
      RowCheck.Outcome check;
      try (Connection connection = postgres.connect()) {
        check = RowCheck.check(connection, ingest.tallies(), feeds);
      }
      out.println("COPY of the same rows...");
      int chunk = copyChunk != null ? copyChunk : batch;
      CopyResult copy =
          new CopyRun(postgres, chunk, Duration.ofSeconds(copyLimit), cpu)
              .run(ingest.tallies(), feeds);
      Setup setup =
          new Setup(
              sentries,
              batch,
              devices,
              Duration.ofSeconds(warmUp),
              Duration.ofSeconds(measure),
              chunk,
              describeCommander(),
              postgres.version());
      Summary.print(out, setup, ingest, check, copy);
      ingest.tallies().stream()
          .filter(t -> t.lastFailure() != null)
          .forEach(
              t ->
                  out.printf(
                      "sentry %d: %d failed requests, the last: %s%n",
                      t.sentry().id(), t.failures(), t.lastFailure()));
      return check.passed() && ingest.failures() == 0 ? 0 : 1;
    }
  }

  private void validate() {
    CommandLine.Model.CommandSpec spec = new CommandLine(this).getCommandSpec();
    require(spec, sentries >= 1 && sentries <= 250, "--sentries must be 1 to 250");
    require(spec, batch >= 1 && batch <= 5000, "--batch must be 1 to 5000");
    require(spec, warmUp >= 0 && measure >= 10, "--warm-up must be >= 0 and --measure >= 10");
    require(spec, requestTimeout >= 1 && copyLimit >= 1, "timeouts must be >= 1 s");
    require(spec, copyChunk == null || copyChunk >= 1, "--copy-chunk must be >= 1");
    if (commanderUrl != null) {
      require(spec, adminPassword != null, "--commander needs --admin-password");
      require(
          spec, jdbcUrl != null, "--commander needs --jdbc-url, its database, to check the rows");
    } else {
      require(
          spec,
          Files.isRegularFile(launchScript),
          launchScript + " is missing: build payara-config first, or give --launch-script");
    }
  }

  private static void require(CommandLine.Model.CommandSpec spec, boolean holds, String message) {
    if (!holds) {
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  private Postgres startPostgres(Path work) throws Exception {
    if (jdbcUrl != null) {
      return Postgres.external(jdbcUrl, dbUser, dbPassword);
    }
    Map<String, String> settings = new LinkedHashMap<>(pgSettings);
    if (pgStatements) {
      settings.putIfAbsent("shared_preload_libraries", "pg_stat_statements");
    }
    return Postgres.embedded(
        work.resolve("pgdata").toAbsolutePath(),
        work.resolve("postgres.log").toAbsolutePath(),
        settings);
  }

  private Commander startCommander(Path work, Postgres postgres, Cleanup cleanup) throws Exception {
    if (commanderUrl != null) {
      return Commander.external(commanderUrl, adminPassword);
    }
    out.println(
        "launching the commander: " + launchScript + ", HASHWATCH_JAVA_OPTS=" + commanderJavaOpts);
    long started = System.nanoTime();
    Commander commander =
        cleanup.add(
            Commander.launch(
                launchScript.toAbsolutePath(),
                work.toAbsolutePath(),
                postgres,
                commanderJavaOpts,
                "bench-" + UUID.randomUUID()));
    commander.awaitHealthy(work.resolve("commander.log").toAbsolutePath());
    out.printf(
        "commander healthy at %s after %.1f s%n",
        commander.base, (System.nanoTime() - started) / 1e9);
    return commander;
  }

  private String describeCommander() {
    return commanderUrl != null
        ? commanderUrl.toString()
        : "launched, HASHWATCH_JAVA_OPTS=" + commanderJavaOpts;
  }
}
