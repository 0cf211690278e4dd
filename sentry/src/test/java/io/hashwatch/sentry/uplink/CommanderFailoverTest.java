package io.hashwatch.sentry.uplink;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.sentry.commands.CommandResults;
import io.hashwatch.sentry.outbox.Outbox;
import io.hashwatch.sentry.outbox.OutboxSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two commanders on loopback as a sentry lists them: the first one dies, hangs or answers 404
 * without the Hashwatch API, and the sentry moves to the second within the 10 s it promises; the
 * first answers again and the sentry returns. Each stand-in keeps its own store, so an entry sent
 * to both would show twice in their union.
 */
class CommanderFailoverTest {
  /** What a sentry promises: it reports to the next commander within 10 s. */
  private static final Duration SWITCH_LIMIT = Duration.ofSeconds(10);

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path dir;
  private Outbox outbox;
  private CommanderStandIn first;
  private CommanderStandIn second;
  private UplinkLoop loop;
  private Thread running;

  @BeforeEach
  void open() throws IOException {
    outbox = Outbox.open(dir, OutboxSettings.defaults());
    first = CommanderStandIn.holdingUpTo(0);
    second = CommanderStandIn.holdingUpTo(0);
  }

  @AfterEach
  void close() throws Exception {
    loop.stop();
    running.join();
    first.close();
    second.close();
    outbox.close();
  }

  @Test
  void movesToTheSecondAtOnceWhenTheFirstRefusesConnections() throws Exception {
    start(UplinkSettings.DEFAULTS, Commanders.RETURN_EVERY);
    sweep(1, 100);
    assertThat(first.await(c -> c.stored().size() == 100, PATIENCE)).isTrue();
    // The sentry has every answer (its outbox is empty), else a batch rightly goes to both. The
    // stand-in wakes this wait at each request, and a heartbeat comes every 50 ms.
    assertThat(first.await(c -> outbox.backlog() == 0, PATIENCE)).isTrue();

    first.close();

    // The heartbeat every 50 ms keeps the sentry sending: it reaches the second in time.
    assertThat(second.await(c -> !c.reports().isEmpty(), SWITCH_LIMIT)).isTrue();
    sweep(101, 100);
    assertThat(second.await(c -> c.stored().size() == 100, PATIENCE)).isTrue();
    assertEachOnce(200);
  }

  @Test
  void leavesAHungCommanderWithinTheLimit() throws Exception {
    start(UplinkSettings.DEFAULTS, Commanders.RETURN_EVERY);
    sweep(1, 100);
    assertThat(first.await(c -> c.stored().size() == 100, PATIENCE)).isTrue();
    // The sentry has every answer (its outbox is empty), else a batch rightly goes to both. The
    // stand-in wakes this wait at each request, and a heartbeat comes every 50 ms.
    assertThat(first.await(c -> outbox.backlog() == 0, PATIENCE)).isTrue();

    first.neverAnswer();

    assertThat(second.await(c -> !c.reports().isEmpty(), SWITCH_LIMIT)).isTrue();
    sweep(101, 100);
    assertThat(second.await(c -> c.stored().size() == 100, PATIENCE)).isTrue();
    assertEachOnce(200);
  }

  @Test
  void returnsToTheFirstWhenItAnswersAgainAndNothingIsLostOrDoubled() throws Exception {
    first.answer(CommanderStandIn.problem(503, "Service Unavailable", "restarting", null));
    start(UplinkTest.QUICK, Duration.ofMillis(200));
    sweep(1, 100);
    assertThat(second.await(c -> c.stored().size() == 100, PATIENCE)).isTrue();
    // Tried again every 200 ms while refusing, and each batch went on to the second.
    assertThat(first.await(c -> c.paths().size() >= 3, PATIENCE)).isTrue();
    sweep(101, 100);
    assertThat(second.await(c -> c.stored().size() == 200, PATIENCE)).isTrue();

    first.ingest();

    assertThat(first.await(c -> !c.reports().isEmpty(), PATIENCE)).isTrue();
    int onSecond = second.stored().size();
    sweep(201, 100);
    assertThat(first.await(c -> c.lastSequence() == 300, PATIENCE)).isTrue();
    assertThat(second.stored()).hasSize(onSecond);
    assertEachOnce(300);
  }

  @Test
  void leavesACommanderWhoseApplicationFailedToDeployAtOnceNotAfterTheLongestBackoff()
      throws Exception {
    first.answer(CommanderStandIn.undeployed());
    start(UplinkTest.QUICK, Duration.ofMillis(200), Duration.ofSeconds(60));
    sweep(1, 100);

    // Well within the 60 s a refusal would wait before the sentry tries anything again.
    assertThat(second.await(c -> c.stored().size() == 100, SWITCH_LIMIT)).isTrue();
    // Tried again every 200 ms, as any unavailable first commander, while the second takes all.
    assertThat(first.await(c -> c.paths().size() >= 3, PATIENCE)).isTrue();
    sweep(101, 100);
    assertThat(second.await(c -> c.stored().size() == 200, PATIENCE)).isTrue();
    assertThat(first.stored()).isEmpty();
    assertEachOnce(200);
  }

  /** Puts {@code count} readings into the outbox as a sweep does, and rings the uplink. */
  private void sweep(int from, int count) throws IOException {
    OutboxFill.append(outbox, from, count);
    loop.wake();
  }

  private void assertEachOnce(int count) {
    List<Long> stored = new ArrayList<>();
    first.stored().forEach(entry -> stored.add(entry.seq()));
    second.stored().stream().map(ReportEntry::seq).forEach(stored::add);
    assertThat(stored)
        .as("sequences stored by either commander")
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
  }

  private void start(UplinkSettings settings, Duration returnEvery) {
    start(settings, returnEvery, Duration.ofMillis(40));
  }

  private void start(UplinkSettings settings, Duration returnEvery, Duration maxBackoff) {
    Commanders commanders =
        new Commanders(
            List.of(first.uri(), second.uri()),
            CommanderStandIn.SENTRY_ID,
            CommanderStandIn.TOKEN,
            settings,
            returnEvery);
    CommandResults results = new CommandResults();
    Uplink uplink =
        new Uplink(commanders, outbox, results, commands -> {}, () -> UplinkTest.HEALTH);
    loop =
        new UplinkLoop(
            uplink,
            outbox,
            results,
            new UplinkLoop.Settings(Duration.ofMillis(50), Duration.ofMillis(10), maxBackoff));
    running = new Thread(loop, "uplink-under-test");
    running.start();
  }
}
