package io.hashwatch.sentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SentryCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void printsItsVersion() {
    assertThat(execute("--version")).isEqualTo(0);
    assertThat(out.toString()).startsWith("sentry ");
  }

  @Test
  void helpListsTheReportSubcommand() {
    assertThat(execute("--help")).isEqualTo(0);
    assertThat(out.toString()).contains("Usage: sentry").contains("report");
  }

  @Test
  void reportHelpListsTheExitCodes() {
    assertThat(execute("report", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("--token-file").contains("Exit codes:");
  }

  @Test
  void withoutASubcommandItIsAUsageError() {
    assertThat(execute()).isEqualTo(2);
    assertThat(err.toString()).contains("subcommand");
  }

  private int execute(String... args) {
    CommandLine command = SentryCommand.commandLine(Map.of(), Clock.systemUTC());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
