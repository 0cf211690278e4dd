package io.hashwatch.sentry.gpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool runner against real executables: shell scripts in a temporary directory. */
class ExternalToolTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void passesArgumentsAsTheyAreWithoutAShellAndKeepsBothStreams() {
    Path tool =
        Scripts.write(
            dir, "tool", "for a in \"$@\"; do echo \"<$a>\"; done\necho 'a warning' >&2\nexit 0");

    ToolRun run = new ExternalTool(tool.toString(), TIMEOUT).run("-q", "a b", "$HOME;", "*");

    assertThat(run).isEqualTo(new ToolRun.Succeeded("<-q>\n<a b>\n<$HOME;>\n<*>\n", "a warning\n"));
  }

  @Test
  void anExitOtherThanZeroKeepsTheOutputAndNamesTheFirstLine() {
    Path tool =
        Scripts.write(
            dir,
            "nvidia-smi",
            "echo 'partial'\necho '' >&2\necho 'NVIDIA-SMI has failed because it could not"
                + " communicate' >&2\nexit 9");

    ToolRun run = new ExternalTool(tool.toString(), TIMEOUT).run();

    assertThat(run).isInstanceOf(ToolRun.Exited.class);
    ToolRun.Exited exited = (ToolRun.Exited) run;
    assertThat(exited.code()).isEqualTo(9);
    assertThat(exited.stdout()).isEqualTo("partial\n");
    assertThat(exited.problem())
        .isEqualTo("nvidia-smi exited 9: NVIDIA-SMI has failed because it could not communicate");
  }

  @Test
  void anErrorOnStdoutAloneIsNamedToo() {
    Path tool = Scripts.write(dir, "nvidia-smi", "echo 'No devices were found'\nexit 6");

    assertThat(((ToolRun.Failure) new ExternalTool(tool.toString(), TIMEOUT).run()).problem())
        .isEqualTo("nvidia-smi exited 6: No devices were found");
  }

  @Test
  void aToolThatHangsIsKilledWithItsChildren() throws Exception {
    Path fifo = dir.resolve("held");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    // The script and its child hold the FIFO open: it reads to its end once both are dead.
    CompletableFuture<Integer> end = CompletableFuture.supplyAsync(() -> readToEnd(fifo));
    Path tool =
        Scripts.write(dir, "hangs", "exec 3> " + Scripts.quoted(fifo) + "\nsleep 600 &\nwait");

    ToolRun run = new ExternalTool(tool.toString(), Duration.ofMillis(500)).run();

    assertThat(run).isEqualTo(new ToolRun.TimedOut("hangs", Duration.ofMillis(500)));
    assertThat(end.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(-1);
  }

  @Test
  void theRunAfterAKilledOneStartsAgain() {
    Path flag = dir.resolve("second");
    Path tool =
        Scripts.write(
            dir,
            "tool",
            "if [ -e "
                + Scripts.quoted(flag)
                + " ]; then echo ok; exit 0; fi\n"
                + "touch "
                + Scripts.quoted(flag)
                + "\nexec sleep 600");
    ExternalTool external = new ExternalTool(tool.toString(), Duration.ofMillis(500));

    assertThat(external.run()).isInstanceOf(ToolRun.TimedOut.class);
    assertThat(external.run()).isEqualTo(new ToolRun.Succeeded("ok\n", ""));
  }

  @Test
  void moreOutputThanTheBoundIsAnErrorNotATruncatedAnswer() {
    Path tool = Scripts.write(dir, "chatty", "yes 'a line of output'");

    ToolRun run = new ExternalTool(tool.toString(), TIMEOUT, 64 * 1024).run();

    assertThat(run).isEqualTo(new ToolRun.TooMuchOutput("chatty", 64 * 1024));
    assertThat(((ToolRun.Failure) run).problem())
        .isEqualTo("chatty wrote more than 65536 bytes on one stream and was killed");
  }

  @Test
  void aNameIsLookedUpOnThePathAtEachRun() {
    Path bin = dir.resolve("bin");
    ExternalTool tool = new ExternalTool("rocm-smi", TIMEOUT, 1024, List.of(dir, bin));

    assertThat(tool.run()).isEqualTo(new ToolRun.NotFound("rocm-smi", "on PATH"));
    assertThat(((ToolRun.Failure) tool.run()).problem()).isEqualTo("rocm-smi not found on PATH");

    Scripts.write(bin, "rocm-smi", "echo '{}'");
    assertThat(tool.locate()).contains(bin.resolve("rocm-smi"));
    assertThat(tool.run()).isEqualTo(new ToolRun.Succeeded("{}\n", ""));
  }

  @Test
  void theRealPathIsSearchedForAName() {
    assertThat(new ExternalTool("sh", TIMEOUT).run("-c", "echo found"))
        .isEqualTo(new ToolRun.Succeeded("found\n", ""));
  }

  @Test
  void aPathThatIsMissingOrNotExecutableIsNotFound() throws IOException {
    Path plain = Files.writeString(dir.resolve("nvidia-smi"), "#!/bin/sh\necho hi\n");

    assertThat(new ExternalTool(dir.resolve("none").toString(), TIMEOUT).run())
        .isEqualTo(new ToolRun.NotFound("none", "at " + dir.resolve("none")));
    assertThat(new ExternalTool(plain.toString(), TIMEOUT).run())
        .isEqualTo(new ToolRun.NotFound("nvidia-smi", "at " + plain + " (not an executable file)"));
  }

  private static int readToEnd(Path fifo) {
    try (InputStream in = Files.newInputStream(fifo)) {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
