package io.hashwatch.sentry.uplink;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.sentry.commands.CommandResults;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.outbox.OutboxSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UplinkLoopTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dir;
  private Outbox outbox;
  private CommanderStandIn primary;
  private CommanderStandIn backup;
  private final CommandResults results = new CommandResults();
  private final List<SentryCommand> handedOver = new CopyOnWriteArrayList<>();
  private UplinkLoop loop;
  private Thread running;

  @BeforeEach
  void open() throws IOException {
    outbox = Outbox.open(dir, OutboxSettings.defaults());
    primary = CommanderStandIn.holdingUpTo(0);
    backup = CommanderStandIn.holdingUpTo(0);
  }

  @AfterEach
  void close() throws Exception {
    stopLoop();
    primary.close();
    backup.close();
    outbox.close();
  }

  @Test
  void deliversEverythingOnceAndInOrderThroughAnOutageOfEveryCommander() throws Exception {
    primary.answer(CommanderStandIn.problem(503, "Service Unavailable", "database down", null));
    backup.answer(CommanderStandIn.problem(503, "Service Unavailable", "database down", null));
    start(Duration.ofMinutes(5), primary.uri(), backup.uri());

    for (int sweep = 0; sweep < 3; sweep++) {
      OutboxFill.append(outbox, 1 + sweep * 100, 100);
      loop.wake();
    }
    assertThat(primary.await(c -> c.paths().size() >= 3, PATIENCE)).isTrue();
    assertThat(backup.await(c -> c.paths().size() >= 3, PATIENCE)).isTrue();
    backup.ingest();

    assertThat(backup.await(c -> c.stored().size() == 300, PATIENCE)).isTrue();
    assertThat(backup.stored())
        .extracting(ReportEntry::seq)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 300).boxed().toList());
    assertThat(primary.stored()).isEmpty();
    stopLoop();
    assertThat(outbox.backlog()).isZero();
  }

  @Test
  void sendsAnEmptyBatchEveryHeartbeatSoThatCommandsArrive() throws Exception {
    start(Duration.ofMillis(50), primary.uri());
    assertThat(primary.await(c -> c.reports().size() >= 2, PATIENCE)).isTrue();
    SentryCommand sleep = new SentryCommand(3, "10.0.0.5:4028", CommandAction.SLEEP, List.of());

    primary.command(sleep);

    assertThat(primary.await(c -> !handedOver.isEmpty(), PATIENCE)).isTrue();
    assertThat(handedOver).first().isEqualTo(sleep);
    assertThat(primary.reports()).allSatisfy(report -> assertThat(report.entries()).isEmpty());
  }

  @Test
  void aRefusalIsTriedAgainLaterAndNothingIsDropped() throws Exception {
    primary.answer(CommanderStandIn.problem(400, "Bad Request", "must be >= 0", "entries[0].seq"));
    OutboxFill.append(outbox, 1, 5);
    start(Duration.ofMinutes(5), primary.uri());
    assertThat(primary.await(c -> c.paths().size() >= 2, PATIENCE)).isTrue();
    assertThat(outbox.backlog()).isEqualTo(5);

    primary.ingest();

    assertThat(primary.await(c -> c.stored().size() == 5, PATIENCE)).isTrue();
  }

  /** Stops the loop; an exchange in progress is finished first. */
  private void stopLoop() throws InterruptedException {
    loop.stop();
    running.join();
  }

  private void start(Duration heartbeat, URI... commanders) {
    Uplink uplink =
        new Uplink(
            new Commanders(
                List.of(commanders),
                CommanderStandIn.SENTRY_ID,
                CommanderStandIn.TOKEN,
                UplinkTest.QUICK),
            outbox,
            results,
            handedOver::addAll,
            () -> UplinkTest.HEALTH);
    loop =
        new UplinkLoop(
            uplink,
            outbox,
            results,
            new UplinkLoop.Settings(heartbeat, Duration.ofMillis(10), Duration.ofMillis(40)));
    running = new Thread(loop, "uplink-under-test");
    running.start();
  }
}
