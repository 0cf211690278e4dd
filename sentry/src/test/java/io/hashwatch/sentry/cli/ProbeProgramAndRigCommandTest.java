package io.hashwatch.sentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.sentry.programs.http.ProgramStandIn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code probe --program} against a recorded T-Rex API, and {@code rig}'s refusals. */
class ProbeProgramAndRigCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void probeProgramPrintsTheProgramsNormalizedReading() throws Exception {
    try (ProgramStandIn trex =
        new ProgramStandIn().fixture("GET /summary", "trex/0.9.1_api3.0.summary.json")) {
      int exit = run("probe", "--program", "t-rex", "http://127.0.0.1:" + trex.port(), "--json");

      assertThat(exit).as(err.toString()).isZero();
      assertThat(out.toString())
          .contains("\"firmware\": \"t-rex\"")
          .contains("\"hashrateHs\": 7748158")
          .contains("\"algorithm\": \"x16r\"");
    }
  }

  @Test
  void probeProgramAsTextNamesTheProgramAndItsHashrate() throws Exception {
    try (ProgramStandIn trex =
        new ProgramStandIn().fixture("GET /summary", "trex/0.9.1_api3.0.summary.json")) {
      assertThat(run("probe", "--program", "t-rex", "http://127.0.0.1:" + trex.port())).isZero();

      assertThat(out.toString()).contains("reading (t-rex)").contains("7.75 MH/s");
    }
  }

  @Test
  void probeOfAnUnknownProgramListsTheKnownOnes() {
    assertThat(run("probe", "--program", "claymore", "http://127.0.0.1:3333")).isEqualTo(2);

    assertThat(err.toString()).contains("no miner program claymore").contains("xmrig, t-rex");
  }

  @Test
  void probeProgramWantsAUrlWithItsScheme() {
    assertThat(run("probe", "--program", "t-rex", "127.0.0.1:4067")).isEqualTo(2);

    assertThat(err.toString()).contains("http://HOST:PORT or tcp://HOST:PORT");
  }

  @Test
  void probeOfAProgramThatDoesNotAnswerSaysUnreachable() throws Exception {
    int port;
    try (ProgramStandIn closed = new ProgramStandIn()) {
      port = closed.port();
    }
    assertThat(run("probe", "--program", "monerod", "http://127.0.0.1:" + port)).isEqualTo(1);

    assertThat(out.toString()).contains("unreachable");
  }

  @Test
  void rigRefusesAConfigWithAnUnknownProgramTypeNamingTheLine() throws Exception {
    Path config = dir.resolve("rig.conf");
    Files.writeString(
        config,
        "id = 7\ncommander = http://127.0.0.1:9\ntoken = t0ken\noutbox = "
            + dir.resolve("outbox")
            + "\nname = rig-01\n\n[program miner]\ntype = claymore\nurl = http://127.0.0.1:3333\n");

    assertThat(run("rig", "--config", config.toString())).isEqualTo(2);

    assertThat(err.toString())
        .contains("sentry rig: " + config + ":8: type: no miner program 'claymore'");
  }

  @Test
  void rigRefusesAnAsicSentrysKey() throws Exception {
    Path config = dir.resolve("rig.conf");
    Files.writeString(
        config,
        "id = 7\ncommander = http://127.0.0.1:9\ntoken = t0ken\noutbox = /tmp/o\n"
            + "devices = 10.0.0.5\n");

    assertThat(run("rig", "--config", config.toString())).isEqualTo(2);

    assertThat(err.toString()).contains(config + ":5").contains("devices");
  }

  private int run(String... args) {
    CommandLine command = SentryCommand.commandLine(Map.of(), Clock.systemUTC());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
