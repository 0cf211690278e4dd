package io.hashwatch.sentry.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommanderClientTest {
  private static final UplinkSettings QUICK =
      new UplinkSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 1024 * 1024);

  private CommanderStandIn commander;

  @BeforeEach
  void start() throws IOException {
    commander = CommanderStandIn.holdingUpTo(41);
  }

  @AfterEach
  void stop() {
    commander.close();
  }

  @Test
  void deliversABatchAndReadsTheAnswer() {
    Report batch = new Report(List.of(entry(42), entry(43)), 2);

    SendResult result = client(CommanderStandIn.TOKEN, QUICK).send(batch);

    assertThat(result).isInstanceOf(SendResult.Delivered.class);
    assertThat(((SendResult.Delivered) result).answer().lastSequence()).isEqualTo(43);
    assertThat(commander.reports()).containsExactly(batch);
    assertThat(commander.paths()).containsExactly("/api/v1/sentries/farm-1/reports");
  }

  @Test
  void keepsTheContextRootOfTheCommanderUrl() {
    URI endpoint = CommanderClient.endpoint(URI.create("https://h.example:8443/hw/"), "farm-1");

    assertThat(endpoint).hasToString("https://h.example:8443/hw/api/v1/sentries/farm-1/reports");
  }

  @Test
  void refusesToBuildRequestsFromBadInput() {
    URI uri = commander.uri();
    assertThatThrownBy(() -> CommanderClient.endpoint(URI.create("ftp://h.example"), "farm-1"))
        .hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> CommanderClient.endpoint(uri, "farm/1"))
        .hasMessageContaining("sentry id");
    assertThatThrownBy(() -> client("two words", QUICK))
        .hasMessageContaining("token")
        .hasMessageNotContaining("two words");
  }

  @Test
  void aWrongTokenIsRefusedWith401() {
    SendResult result = client("wrong-token", QUICK).send(new Report(List.of(entry(42)), 0));

    assertThat(result).isEqualTo(new SendResult.Refused(401, "wrong or missing token", null));
    assertThat(commander.reports()).isEmpty();
  }

  @Test
  void aProblemAnswerIsReportedWithItsField() {
    commander.answer(
        CommanderStandIn.problem(
            400, "Bad Request", "must be a number >= 0", "entries[0].reading.powerW"));

    SendResult result = client(CommanderStandIn.TOKEN, QUICK).send(new Report(List.of(), 0));

    assertThat(result)
        .isEqualTo(
            new SendResult.Refused(400, "must be a number >= 0", "entries[0].reading.powerW"));
  }

  @Test
  void aRefusalWithoutProblemDetailIsStillExplained() {
    commander.answer(401, "text/html", "<html>nope</html>");

    SendResult result = client(CommanderStandIn.TOKEN, QUICK).send(new Report(List.of(), 0));

    assertThat(result)
        .isEqualTo(
            new SendResult.Refused(401, "the commander does not accept this sentry's token", null));
  }

  @Test
  void aNotFoundPageWithoutProblemIsNoHashwatchApiAndWorthTryingElsewhere() {
    commander.answer(CommanderStandIn.undeployed());
    CommanderClient client = client(CommanderStandIn.TOKEN, QUICK);

    SendResult result = client.send(new Report(List.of(), 0));

    assertThat(result)
        .isEqualTo(
            new SendResult.Unavailable(
                "commander answered HTTP 404 without a Hashwatch problem: no Hashwatch API at "
                    + client.endpoint()
                    + " (a commander whose application failed to start answers so, as does a"
                    + " wrong path)"));
  }

  @Test
  void anUnknownSentryIsRefusedWithTheProblemOfTheApi() {
    CommanderClient client =
        new CommanderClient(commander.uri(), "farm-2", CommanderStandIn.TOKEN, QUICK);

    SendResult result = client.send(new Report(List.of(), 0));

    assertThat(result).isEqualTo(new SendResult.Refused(404, "no such sentry", null));
    assertThat(commander.paths()).containsExactly("/api/v1/sentries/farm-2/reports");
  }

  @Test
  void aServerErrorIsWorthRetryingNotARefusal() {
    commander.answer(CommanderStandIn.problem(503, "Service Unavailable", "database down", null));

    SendResult result = client(CommanderStandIn.TOKEN, QUICK).send(new Report(List.of(), 0));

    assertThat(result)
        .isEqualTo(new SendResult.Unavailable("commander answered HTTP 503: database down"));
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    commander.neverAnswer();
    long start = System.nanoTime();

    SendResult result = client(CommanderStandIn.TOKEN, QUICK).send(new Report(List.of(), 0));

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(result).isInstanceOf(SendResult.Unavailable.class);
    assertThat(((SendResult.Unavailable) result).reason()).contains("within 1 s");
    assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(10));
  }

  @Test
  void anAnswerWhoseBodyStallsTimesOutToo() {
    commander.answer(
        new CommanderStandIn.Canned(
            200, "application/json", "{\"lastSeq".getBytes(StandardCharsets.UTF_8), true));

    SendResult result = client(CommanderStandIn.TOKEN, QUICK).send(new Report(List.of(), 0));

    assertThat(result).isInstanceOf(SendResult.Unavailable.class);
    assertThat(((SendResult.Unavailable) result).reason()).contains("within 1 s");
  }

  @Test
  void anAnswerOverTheBoundIsAnError() {
    byte[] huge = new byte[2 * 1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    commander.answer(new CommanderStandIn.Canned(200, "application/json", huge, false));

    SendResult result = client(CommanderStandIn.TOKEN, QUICK).send(new Report(List.of(), 0));

    assertThat(result)
        .isEqualTo(
            new SendResult.Unavailable("the commander's answer body is larger than 1048576 bytes"));
  }

  @Test
  void anUnreadableAnswerIsNotTakenAsDelivered() {
    commander.answer(200, "application/json", "{\"lastSequence\": -1}");

    SendResult result = client(CommanderStandIn.TOKEN, QUICK).send(new Report(List.of(), 0));

    assertThat(result).isInstanceOf(SendResult.Unavailable.class);
    assertThat(((SendResult.Unavailable) result).reason()).contains("unreadable answer");
  }

  @Test
  void aClosedPortIsUnavailable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CommanderClient client =
        new CommanderClient(
            URI.create("http://127.0.0.1:" + port), "farm-1", CommanderStandIn.TOKEN, QUICK);

    SendResult result = client.send(new Report(List.of(), 0));

    assertThat(result).isInstanceOf(SendResult.Unavailable.class);
    assertThat(((SendResult.Unavailable) result).reason())
        .startsWith("cannot connect to 127.0.0.1:" + port);
  }

  private CommanderClient client(String token, UplinkSettings settings) {
    return new CommanderClient(commander.uri(), CommanderStandIn.SENTRY_ID, token, settings);
  }

  private static ReportEntry entry(long seq) {
    Reading reading =
        Reading.builder().make("Bitmain").model("Antminer S19").hashrateHs(9.5e13).build();
    return new ReportEntry(
        seq, Instant.parse("2026-11-29T18:00:00Z"), "10.0.0.5:4028", DeviceKind.ASIC, reading);
  }
}
