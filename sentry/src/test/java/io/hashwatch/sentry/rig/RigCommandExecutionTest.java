package io.hashwatch.sentry.rig;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.CommandResult.Status;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.sentry.commands.CommandResults;
import io.hashwatch.sentry.commands.CommandRunner;
import io.hashwatch.sentry.config.ConfigText;
import io.hashwatch.sentry.config.ProgramConfig;
import io.hashwatch.sentry.config.RigConfig;
import io.hashwatch.sentry.programs.ProgramAdapters;
import io.hashwatch.sentry.programs.http.ProgramStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RigCommandExecutionTest {
  @TempDir Path dir;
  private Path log;
  private Scripts scripts;
  private final ProgramAdapters adapters = ProgramAdapters.standard();

  /** xmrig's API: pause is accepted, resume refused for want of the token. */
  private ProgramStandIn xmrig;

  @AfterEach
  void closeXmrig() {
    xmrig.close();
  }

  private final List<RigProgram> watched = new ArrayList<>();
  private RigConfig config;
  private RigCommandExecution execution;

  @BeforeEach
  void rig() throws Exception {
    xmrig =
        new ProgramStandIn()
            .answer(
                "POST /json_rpc",
                request ->
                    request.body().contains("\"pause\"")
                        ? Answer.json("{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":null}")
                        : Answer.status(401, ""));
    scripts = new Scripts(dir);
    log = dir.resolve("log");
    scripts.marking("systemctl", log);
    scripts.marking("reboot", log);
    scripts.marking("trex-restart", log);
    scripts.marking("trex-stop", log);
    scripts.marking("trex-start", log);
    scripts.write("broken", "echo 'restart.sh: permission denied' >&2\nexit 3");
    config =
        ConfigText.rig(
            "id = s7\ncommander = http://127.0.0.1:9\ntoken = t0ken\noutbox = /tmp/o\n"
                + "name = rig-07\ncommand-timeout = 20s\nreboot-command = "
                + scripts.path("reboot")
                + " now\n"
                + ("[program xmrig]\ntype = xmrig\nurl = http://127.0.0.1:" + xmrig.port() + "\n")
                + "unit = xmrig.service\n"
                + "[program trex]\ntype = t-rex\nurl = http://127.0.0.1:4067\n"
                + ("restart-command = " + scripts.path("trex-restart") + "\n")
                + ("stop-command = " + scripts.path("trex-stop") + "\n")
                + ("start-command = " + scripts.path("trex-start") + "\n")
                + "[program node]\ntype = t-rex\nurl = http://127.0.0.1:18081\n"
                + "unit = monerod.service\n"
                + "[program bare]\ntype = t-rex\nurl = http://127.0.0.1:4068\n"
                + "[program broken]\ntype = t-rex\nurl = http://127.0.0.1:4069\n"
                + ("restart-command = " + scripts.path("broken") + "\n"));
    for (ProgramConfig program : config.programs()) {
      watched.add(new RigProgram(program, adapters.byType(program.type()).orElseThrow()));
    }
    execution = execution(Duration.ofSeconds(1));
  }

  private RigCommandExecution execution(Duration rebootDelay) {
    return new RigCommandExecution(
        config,
        address ->
            watched.stream()
                .filter(program -> program.address("rig-07").equals(address))
                .findFirst(),
        () -> List.copyOf(watched),
        new ProcessCommand(),
        Clock.systemUTC(),
        scripts.path("systemctl").toString(),
        rebootDelay);
  }

  @Test
  void restartRunsTheRestartCommandElseSystemctlOnTheUnit() throws Exception {
    CommandResult trex = run("rig-07/trex", CommandAction.RESTART);
    CommandResult xmrig = run("rig-07/xmrig", CommandAction.RESTART);

    assertThat(trex.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(trex.detail()).isEqualTo("trex: `" + scripts.path("trex-restart") + "` succeeded");
    assertThat(xmrig.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(xmrig.detail())
        .isEqualTo("xmrig: `" + scripts.path("systemctl") + " restart xmrig.service` succeeded");
    assertThat(Files.readAllLines(log))
        .containsExactly("trex-restart ", "systemctl restart xmrig.service");
  }

  @Test
  void aProgramWithNeitherCommandNorUnitSaysWhatToGive() throws Exception {
    CommandResult restart = run("rig-07/bare", CommandAction.RESTART);
    CommandResult sleep = run("rig-07/bare", CommandAction.SLEEP);

    assertThat(restart.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(restart.detail())
        .isEqualTo(
            "bare: cannot restart it: give restart-command = ... or unit = ... in [program bare]");
    assertThat(sleep.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(sleep.detail())
        .isEqualTo(
            "bare: t-rex's API cannot stop mining; give stop-command = ... or unit = ... in"
                + " [program bare]");
    assertThat(log).doesNotExist();
  }

  @Test
  void aFailingCommandFailsWithItsExitCodeAndOutput() throws Exception {
    CommandResult result = run("rig-07/broken", CommandAction.RESTART);

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.detail())
        .isEqualTo(
            "broken: `"
                + scripts.path("broken")
                + "` failed with exit code 3: restart.sh: permission denied");
  }

  @Test
  void sleepAndWakeUseTheProgramsApiWhereItHasTheCall() throws Exception {
    CommandResult sleep = run("rig-07/xmrig", CommandAction.SLEEP);
    CommandResult wake = run("rig-07/xmrig", CommandAction.WAKE);

    assertThat(sleep.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(sleep.detail()).isEqualTo("xmrig: through its API: xmrig accepted pause");
    // The API answered: a failure is the result, not a reason to stop the unit instead.
    assertThat(wake.status()).isEqualTo(Status.FAILED);
    assertThat(wake.detail()).startsWith("xmrig: through its API: xmrig refused resume (HTTP 401)");
    assertThat(xmrig.requests())
        .extracting(request -> request.body())
        .containsExactly("{\"method\":\"pause\",\"id\":1}", "{\"method\":\"resume\",\"id\":1}");
    assertThat(log).doesNotExist();
  }

  @Test
  void sleepAndWakeFallBackToTheCommandsThenTheUnit() throws Exception {
    CommandResult trexSleep = run("rig-07/trex", CommandAction.SLEEP);
    CommandResult trexWake = run("rig-07/trex", CommandAction.WAKE);
    CommandResult nodeSleep = run("rig-07/node", CommandAction.SLEEP);
    CommandResult nodeWake = run("rig-07/node", CommandAction.WAKE);

    assertThat(List.of(trexSleep, trexWake, nodeSleep, nodeWake))
        .extracting(CommandResult::status)
        .containsOnly(Status.SUCCEEDED);
    assertThat(Files.readAllLines(log))
        .containsExactly(
            "trex-stop ",
            "trex-start ",
            "systemctl stop monerod.service",
            "systemctl start monerod.service");
  }

  @Test
  void theRigsAddressActsOnEveryProgramAndSucceedsOnlyWhenEachDoes() throws Exception {
    CommandResult all = run("rig-07", CommandAction.RESTART);
    watched.removeIf(program -> List.of("bare", "broken").contains(program.name()));
    CommandResult configured = run("rig-07", CommandAction.RESTART);

    assertThat(all.status()).isEqualTo(Status.FAILED);
    assertThat(all.detail())
        .startsWith("restart on 3 of 5 programs: xmrig: `")
        .contains("; trex: `", "; node: `", "; bare: cannot restart it: ")
        .contains("; broken: `" + scripts.path("broken") + "` failed with exit code 3: ");
    assertThat(configured.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(configured.detail()).startsWith("restart on 3 of 3 programs: ");
    watched.clear();
    CommandResult none = run("rig-07", CommandAction.SLEEP);
    assertThat(none.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(none.detail()).isEqualTo("no miner program is watched on rig-07 to sleep");
  }

  @Test
  void rebootAnswersAtOnceAndRunsTheRebootCommandAfterADelay() throws Exception {
    CommandResult result = run("rig-07", CommandAction.REBOOT);

    assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(result.detail())
        .isEqualTo(
            "reboot started with `"
                + scripts.path("reboot")
                + " now` (in 1 s, after this result is sent)");
    assertThat(log).doesNotExist();
    assertThat(scripts.awaitFile(log, Duration.ofSeconds(20))).as("the reboot ran").isTrue();
    assertThat(Files.readAllLines(log)).containsExactly("reboot now");
  }

  @Test
  void whatARigSentryCannotDoIsUnsupportedAndAnUnknownProgramFails() throws Exception {
    config =
        ConfigText.rig("id = s7\ncommander = http://127.0.0.1:9\ntoken = t\noutbox = /tmp/o\n");
    execution = execution(Duration.ZERO);
    String rig = ConfigText.HOSTNAME;

    CommandResult reboot = run(rig, CommandAction.REBOOT);
    CommandResult power = run(rig, CommandAction.POWER_CYCLE);
    CommandResult pools =
        execution.run(
            new SentryCommand(
                9,
                rig + "/xmrig",
                CommandAction.SET_POOLS,
                List.of(new MinerAction.PoolSetting("stratum+tcp://pool:3333", "w", "x"))));
    CommandResult gpu = run(rig + "/gpu/0000:01:00.0", CommandAction.RESTART);
    CommandResult unknown = run(rig + "/lolminer", CommandAction.RESTART);
    CommandResult elsewhere = run("rig-08/xmrig", CommandAction.RESTART);
    CommandResult rebootProgram = run("rig-07/xmrig", CommandAction.REBOOT);

    assertThat(reboot.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(reboot.detail())
        .startsWith("no reboot-command in the rig's config: give reboot-command = ");
    assertThat(power.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(power.detail()).contains("relay");
    assertThat(pools.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(gpu.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(gpu.detail()).startsWith("a GPU takes no commands: restart the program");
    assertThat(unknown.status()).isEqualTo(Status.FAILED);
    assertThat(unknown.detail()).isEqualTo("this sentry watches no program at rig-07/lolminer");
    assertThat(elsewhere.detail()).isEqualTo("this sentry watches no program at rig-08/xmrig");
    assertThat(rebootProgram.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(rebootProgram.detail()).startsWith("reboot is for the whole rig: send it to rig-07");
    assertThat(log).doesNotExist();
  }

  @Test
  void theCommandRunnerRunsRigCommandsOnceLikeAnAsicSentrys() throws Exception {
    CommandResults results = new CommandResults();
    Semaphore added = new Semaphore(0);
    results.onAdded(added::release);
    SentryCommand restart = new SentryCommand(41, "rig-07/trex", CommandAction.RESTART, List.of());

    try (CommandRunner runner =
        new CommandRunner(execution, results, 2, Clock.systemUTC(), dir.resolve("journal"))) {
      runner.accept(List.of(restart, restart));
      assertThat(added.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
      runner.accept(List.of(restart));
    }

    assertThat(results.peek(10)).extracting(CommandResult::id).containsExactly(41L);
    assertThat(results.peek(10).get(0).status()).isEqualTo(Status.SUCCEEDED);
    assertThat(Files.readAllLines(log)).containsExactly("trex-restart ");
  }

  private CommandResult run(String address, CommandAction action) {
    return execution.run(new SentryCommand(1, address, action, List.of()));
  }
}
