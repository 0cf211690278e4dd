package io.hashwatch.sentry.rig;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.miner.ActionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCommandTest {
  private static final Duration LONG = Duration.ofSeconds(30);

  @TempDir Path dir;
  private Scripts scripts;
  private final ProcessCommand processes = new ProcessCommand();
  private Optional<ProcessHandle> leftOver = Optional.empty();

  @BeforeEach
  void scripts() {
    scripts = new Scripts(dir);
  }

  @AfterEach
  void killLeftOver() {
    leftOver.ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  void aCommandThatExitsWithZeroSucceedsWithItsOutput() throws Exception {
    Path marker = dir.resolve("marker");
    scripts.write("restart.sh", "echo ran > '" + marker + "'\necho restarted xmrig");

    ActionResult result = processes.shell(scripts.path("restart.sh") + " --now", LONG);

    assertThat(result)
        .isEqualTo(
            new ActionResult.Done(
                "`" + scripts.path("restart.sh") + " --now` succeeded: restarted xmrig"));
    assertThat(Files.readString(marker)).isEqualTo("ran\n");
  }

  @Test
  void aFailingCommandFailsWithItsExitCodeAndWhatItWroteToStderr() throws Exception {
    scripts.write("stop.sh", "echo 'Unit xmrig.service not loaded.' >&2\nexit 3");

    ActionResult result = processes.shell(scripts.path("stop.sh").toString(), LONG);

    assertThat(result)
        .isEqualTo(
            new ActionResult.Failed(
                "`"
                    + scripts.path("stop.sh")
                    + "` failed with exit code 3: Unit xmrig.service not loaded."));
  }

  @Test
  void onlyTheLastKilobyteOfOutputIsKept() throws Exception {
    scripts.write(
        "chatty.sh",
        "i=0\nwhile [ $i -lt 2000 ]; do echo \"line $i of a long log\"; i=$((i+1)); done\n"
            + "echo 'the end'");

    ActionResult result = processes.shell(scripts.path("chatty.sh").toString(), LONG);

    String detail = ((ActionResult.Done) result).detail();
    String output = detail.substring(detail.indexOf("succeeded: ") + "succeeded: ".length());
    assertThat(output).startsWith("...").endsWith("line 1999 of a long log\nthe end");
    assertThat(output.length()).isLessThanOrEqualTo(ProcessCommand.KEPT_OUTPUT + 3);
    assertThat(output).doesNotContain("line 1900 ");
  }

  @Test
  void aCommandPastItsTimeoutIsKilledWithTheProcessesItStarted() throws Exception {
    Path pid = dir.resolve("child.pid");
    scripts.write("hang.sh", "sleep 300 &\necho $! > '" + pid + "'\necho waiting\nwait");

    ActionResult result =
        processes.shell(scripts.path("hang.sh").toString(), Duration.ofMillis(1500));

    assertThat(result)
        .isEqualTo(
            new ActionResult.Failed(
                "`"
                    + scripts.path("hang.sh")
                    + "` did not finish within 1500 ms: stopped it and every process it"
                    + " started: waiting"));
    leftOver = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
    if (leftOver.isPresent()) {
      assertThat(leftOver.get().onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    }
  }

  @Test
  void aCommandThatLeavesAProgramRunningIsNotWaitedFor() throws Exception {
    Path pid = dir.resolve("miner.pid");
    scripts.write("start.sh", "sleep 300 &\necho $! > '" + pid + "'\necho started");

    ActionResult result = processes.shell(scripts.path("start.sh").toString(), LONG);

    leftOver = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
    assertThat(result)
        .isEqualTo(new ActionResult.Done("`" + scripts.path("start.sh") + "` succeeded: started"));
    assertThat(leftOver).hasValueSatisfying(child -> assertThat(child.isAlive()).isTrue());
  }

  @Test
  void theSentrysSecretsAreWithheldFromCommands() {
    String shown = "echo \"home=$HOME path=${PATH:+set}\"";

    ActionResult result = new ProcessCommand(Set.of("HOME")).shell(shown, LONG);

    assertThat(result)
        .isEqualTo(new ActionResult.Done("`" + shown + "` succeeded: home= path=set"));
  }

  @Test
  void aCommandThatCannotRunFails() {
    Path missing = dir.resolve("missing");

    ActionResult direct = processes.exec(List.of(missing.toString(), "restart"), LONG);
    ActionResult shell = processes.shell(missing.toString(), LONG);

    assertThat(((ActionResult.Failed) direct).reason())
        .startsWith("`" + missing + " restart` could not start: ");
    assertThat(((ActionResult.Failed) shell).reason())
        .startsWith("`" + missing + "` failed with exit code 127: ")
        .contains("not found");
  }
}
