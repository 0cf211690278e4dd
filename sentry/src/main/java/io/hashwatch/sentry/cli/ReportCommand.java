package io.hashwatch.sentry.cli;

import io.hashwatch.protocols.report.Report;
import io.hashwatch.sentry.uplink.CommanderClient;
import io.hashwatch.sentry.uplink.SendResult;
import io.hashwatch.sentry.uplink.UplinkSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sentry report}: sends the readings of one file to the commander as one batch. Without an
 * outbox it has no sequence of its own, so it asks the commander for the last sequence it holds (an
 * empty batch) and numbers on from there; two reports for the same sentry id must therefore not run
 * at once.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = SentryCommand.ManifestVersion.class,
    description = "Send the readings in FILE to the commander as one batch.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the commander holds every reading of FILE",
      "1:the commander refused the batch or could not be reached",
      "2:wrong options, token or FILE; nothing was sent"
    })
final class ReportCommand implements Callable<Integer> {
  static final int SENT = 0;
  static final int NOT_SENT = 1;
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--commander",
      required = true,
      paramLabel = "URL",
      description = "The commander's base URL, such as https://hashwatch.example:8443.")
  URI commander;

  @Option(
      names = "--id",
      required = true,
      paramLabel = "ID",
      description = "This sentry's id as registered on the commander.")
  String sentryId;

  @ArgGroup(exclusive = true)
  TokenOptions token;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "JSON readings: {\"entries\": [{time?, address, kind, reading}], dropped?}.")
  Path file;

  private final Map<String, String> environment;
  private final Clock clock;
  private final UplinkSettings settings;

  ReportCommand(Map<String, String> environment, Clock clock, UplinkSettings settings) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public Integer call() {
    CommanderClient client;
    ReadingsFile readings;
    try {
      client = client(TokenOptions.resolve(token, environment));
      readings = ReadingsFile.read(file, clock.instant());
    } catch (BadInputException e) {
      err().println("sentry report: " + e.getMessage());
      return BAD_INPUT;
    }
    return deliver(client, readings);
  }

  private CommanderClient client(String bearerToken) throws BadInputException {
    try {
      return new CommanderClient(commander, sentryId, bearerToken, settings);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private int deliver(CommanderClient client, ReadingsFile readings) {
    SendResult learned = client.send(new Report(List.of(), 0));
    if (!(learned instanceof SendResult.Delivered first)) {
      return failed(learned, "the request for its last sequence");
    }
    Report batch = readings.numberedAfter(first.answer().lastSequence());
    String what = count(batch.entries().size());
    SendResult sent = client.send(batch);
    if (!(sent instanceof SendResult.Delivered delivered)) {
      return failed(sent, "the batch of " + what);
    }
    long held = delivered.answer().lastSequence();
    if (held < batch.lastSequence()) {
      err()
          .printf(
              "sentry report: the commander at %s holds up to seq %d, short of this batch's last seq"
                  + " %d; the readings may not be stored%n",
              commander, held, batch.lastSequence());
      return NOT_SENT;
    }
    spec.commandLine()
        .getOut()
        .printf("sent %s to %s; commander holds up to seq %d%n", what, commander, held);
    return SENT;
  }

  private int failed(SendResult result, String request) {
    if (result instanceof SendResult.Refused refused) {
      String field = refused.field() == null ? "" : " (field " + refused.field() + ")";
      err()
          .printf(
              "sentry report: the commander at %s refused %s with HTTP %d: %s%s%n",
              commander, request, refused.status(), refused.detail(), field);
    } else if (result instanceof SendResult.Unavailable unavailable) {
      err()
          .printf(
              "sentry report: %s got no usable answer from the commander at %s: %s%n",
              request, commander, unavailable.reason());
    }
    return NOT_SENT;
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  private static String count(int readings) {
    return readings == 1 ? "1 reading" : readings + " readings";
  }
}
