package io.hashwatch.sentry.uplink;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.protocols.report.SentryHealth;
import io.hashwatch.sentry.commands.CommandResults;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.outbox.OutboxSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UplinkTest {
  static final UplinkSettings QUICK =
      new UplinkSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), 1024 * 1024);
  static final SentryHealth HEALTH = new SentryHealth(OutboxFill.T0, 1200L, 200, 1, 0, "test");

  @TempDir Path dir;
  private Outbox outbox;
  private CommanderStandIn commander;
  private final CommandResults results = new CommandResults();
  private final List<SentryCommand> handedOver = new ArrayList<>();

  @BeforeEach
  void open() throws IOException {
    outbox = Outbox.open(dir, OutboxSettings.defaults());
    commander = CommanderStandIn.holdingUpTo(0);
  }

  @AfterEach
  void close() throws IOException {
    commander.close();
    outbox.close();
  }

  @Test
  void drainsTheOutboxInOrderInBatchesOfAtMost5000AndForgetsWhatTheCommanderHolds()
      throws Exception {
    OutboxFill.append(outbox, 1, 12_001);
    Uplink uplink = uplink(commander.uri());

    List<Uplink.Exchange> exchanges =
        List.of(uplink.exchange(), uplink.exchange(), uplink.exchange());

    assertThat(exchanges).extracting(Uplink.Exchange::entries).containsExactly(5000, 5000, 2001);
    assertThat(exchanges).extracting(Uplink.Exchange::sendAgain).containsExactly(true, true, false);
    assertThat(commander.stored())
        .extracting(ReportEntry::seq)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 12_001).boxed().toList());
    assertThat(commander.stored())
        .extracting(entry -> ((Reading) entry.result()).accepted())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 12_001).boxed().toList());
    assertThat(commander.reports())
        .allSatisfy(report -> assertThat(report.health()).isEqualTo(HEALTH));
    assertThat(outbox.backlog()).isZero();
  }

  @Test
  void renumbersAboveWhatTheCommanderHoldsWhenTheOutboxIsNewerThanItsHistory() throws Exception {
    commander.close();
    commander = CommanderStandIn.holdingUpTo(10_000);
    OutboxFill.append(outbox, 1, 3);
    Uplink uplink = uplink(commander.uri());

    Uplink.Exchange first = uplink.exchange();

    // The commander skipped seqs 1 to 3 as held already: nothing may be forgotten, all is resent.
    assertThat(first.sendAgain()).isTrue();
    assertThat(commander.stored()).isEmpty();
    assertThat(outbox.backlog()).isEqualTo(3);

    uplink.exchange();

    assertThat(commander.stored())
        .extracting(ReportEntry::seq)
        .containsExactly(10_001L, 10_002L, 10_003L);
    assertThat(commander.stored())
        .extracting(entry -> ((Reading) entry.result()).accepted())
        .containsExactly(1L, 2L, 3L);
    assertThat(outbox.backlog()).isZero();
  }

  @Test
  void movesOnToTheNextCommanderWhenOneIsUnavailableAndKeepsTheOneThatWorks() throws Exception {
    OutboxFill.append(outbox, 1, 2);
    URI dead = URI.create("http://127.0.0.1:" + closedPort());
    Uplink uplink = uplink(dead, commander.uri());

    Uplink.Exchange failed = uplink.exchange();
    Uplink.Exchange delivered = uplink.exchange();
    OutboxFill.append(outbox, 3, 1);
    Uplink.Exchange again = uplink.exchange();

    assertThat(failed.result()).isInstanceOf(SendResult.Unavailable.class);
    assertThat(failed.commander()).isEqualTo(dead);
    assertThat(delivered.result()).isInstanceOf(SendResult.Delivered.class);
    assertThat(again.commander()).isEqualTo(commander.uri());
    assertThat(commander.stored()).extracting(ReportEntry::seq).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aRefusedBatchIsKeptWithItsCommandResults() throws Exception {
    OutboxFill.append(outbox, 1, 2);
    CommandResult result =
        new CommandResult(7, CommandResult.Status.SUCCEEDED, OutboxFill.T0, "ok");
    results.add(result);
    Uplink uplink =
        new Uplink(
            new Commanders(List.of(commander.uri()), CommanderStandIn.SENTRY_ID, "wrong", QUICK),
            outbox,
            results,
            handedOver::addAll,
            () -> HEALTH);

    Uplink.Exchange refused = uplink.exchange();

    assertThat(refused.result())
        .isEqualTo(new SendResult.Refused(401, "wrong or missing token", null));
    assertThat(outbox.backlog()).isEqualTo(2);
    assertThat(results.peek(10)).containsExactly(result);
    assertThat(commander.paths()).hasSize(1);
  }

  @Test
  void carriesCommandResultsUntilAcceptedAndHandsOverTheCommandsOfEachAnswer() throws Exception {
    SentryCommand reboot = new SentryCommand(7, "10.0.0.5:4028", CommandAction.REBOOT, List.of());
    commander.command(reboot);
    Uplink uplink = uplink(commander.uri());

    uplink.exchange();
    CommandResult done = new CommandResult(7, CommandResult.Status.SUCCEEDED, OutboxFill.T0, "ok");
    results.add(done);
    uplink.exchange();
    uplink.exchange();

    assertThat(handedOver).containsExactly(reboot);
    assertThat(commander.commandResults()).containsExactly(done);
    assertThat(results.size()).isZero();
    assertThat(commander.reports())
        .extracting(Report::entries)
        .allSatisfy(entries -> assertThat(entries).isEmpty());
  }

  private Uplink uplink(URI... commanders) {
    return new Uplink(
        new Commanders(
            List.of(commanders), CommanderStandIn.SENTRY_ID, CommanderStandIn.TOKEN, QUICK),
        outbox,
        results,
        handedOver::addAll,
        () -> HEALTH);
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
