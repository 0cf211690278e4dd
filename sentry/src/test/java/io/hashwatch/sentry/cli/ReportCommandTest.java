package io.hashwatch.sentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.sentry.uplink.CommanderStandIn;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
  private static final Path EXAMPLE = Path.of("examples/readings.json");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T18:30:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private CommanderStandIn commander;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    commander = CommanderStandIn.holdingUpTo(41);
  }

  @AfterEach
  void stop() {
    commander.close();
  }

  @Test
  void numbersTheReadingsAfterTheLastSequenceTheCommanderHolds() {
    int exit = run(Map.of(), "--token", CommanderStandIn.TOKEN, EXAMPLE.toString());

    assertThat(exit).isEqualTo(0);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .isEqualTo("sent 3 readings to " + commander.uri() + "; commander holds up to seq 44\n");
    List<Report> reports = commander.reports();
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).entries()).isEmpty();
    assertThat(reports.get(1).entries())
        .extracting(ReportEntry::seq)
        .containsExactly(42L, 43L, 44L);
    assertThat(reports.get(1).entries().get(1).time()).isEqualTo(CLOCK.instant());
  }

  @Test
  void takesTheTokenFromTheEnvironment() {
    int exit = run(Map.of("HASHWATCH_SENTRY_TOKEN", CommanderStandIn.TOKEN), EXAMPLE.toString());

    assertThat(exit).isEqualTo(0);
    assertThat(commander.reports()).hasSize(2);
  }

  @Test
  void takesTheTokenFromAFile() throws IOException {
    Path tokenFile = Files.writeString(dir.resolve("token"), CommanderStandIn.TOKEN + "\n");

    int exit = run(Map.of(), "--token-file", tokenFile.toString(), EXAMPLE.toString());

    assertThat(exit).isEqualTo(0);
    assertThat(commander.reports()).hasSize(2);
  }

  @Test
  void aWrongTokenIsARefusal() {
    int exit = run(Map.of(), "--token", "wrong-token", EXAMPLE.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "refused the request for its last sequence with HTTP 401: wrong or missing token");
    assertThat(commander.reports()).isEmpty();
  }

  @Test
  void aProblemIsPrintedWithItsField() {
    commander.answer(CommanderStandIn.problem(400, "Bad Request", "must be > 0", "entries[0].seq"));

    int exit = run(Map.of(), "--token", CommanderStandIn.TOKEN, EXAMPLE.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("HTTP 400: must be > 0 (field entries[0].seq)");
  }

  @Test
  void anAnswerShortOfTheBatchIsAFailure() {
    commander.answer(200, "application/json", "{\"lastSequence\": 41, \"commands\": []}");

    int exit = run(Map.of(), "--token", CommanderStandIn.TOKEN, EXAMPLE.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("holds up to seq 41, short of this batch's last seq 44");
  }

  @Test
  void anUnreachableCommanderExitsWith1() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    int exit =
        runAgainst(
            "http://127.0.0.1:" + port,
            Map.of(),
            "--token",
            CommanderStandIn.TOKEN,
            EXAMPLE.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("the request for its last sequence got no usable answer")
        .contains("cannot connect to 127.0.0.1:" + port);
  }

  @Test
  void aMalformedFileSendsNothing() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\"entries\":[{\"address\":\"a:1\",\"kind\":\"asic\",\"reading\":{\"result\":\"maybe\"}}]}");

    int exit = run(Map.of(), "--token", CommanderStandIn.TOKEN, file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("entries[0].reading.result: must be reading, unreachable, rejected or no-data");
    assertThat(commander.paths()).isEmpty();
  }

  @Test
  void aMissingFileSendsNothing() {
    Path missing = dir.resolve("missing.json");

    int exit = run(Map.of(), "--token", CommanderStandIn.TOKEN, missing.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains(missing + ": no such file");
    assertThat(commander.paths()).isEmpty();
  }

  @Test
  void noTokenAnywhereSendsNothing() {
    int exit = run(Map.of(), EXAMPLE.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("no token");
    assertThat(commander.paths()).isEmpty();
  }

  @Test
  void bothTokenOptionsAreAUsageError() {
    int exit = run(Map.of(), "--token", "a", "--token-file", "b", EXAMPLE.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
    assertThat(commander.paths()).isEmpty();
  }

  @Test
  void aMissingCommanderIsAUsageError() {
    int exit = execute(Map.of(), "report", "--id", "farm-1", "--token", "t", EXAMPLE.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--commander");
  }

  private int run(Map<String, String> environment, String... args) {
    return runAgainst(commander.uri().toString(), environment, args);
  }

  private int runAgainst(String url, Map<String, String> environment, String... args) {
    List<String> all = new ArrayList<>(List.of("report", "--commander", url, "--id", "farm-1"));
    all.addAll(List.of(args));
    return execute(environment, all.toArray(String[]::new));
  }

  private int execute(Map<String, String> environment, String... args) {
    CommandLine command = SentryCommand.commandLine(environment, CLOCK);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
