package io.hashwatch.commander.actions;

import static io.hashwatch.commander.actions.CommandTables.EXPIRE_AFTER;
import static io.hashwatch.commander.actions.CommandTables.T0;
import static io.hashwatch.commander.actions.CommandTables.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.commander.actions.CommandTables.Row;
import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.ReportAnswer;
import io.hashwatch.protocols.report.SentryCommand;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How commands are made, handed to their sentry with the answers to its batches, finished by its
 * results and expired, on every supported database; one subclass per database. Each test makes its
 * own sentries and devices, so the tests share one migrated database and no order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CommandScenarios {
  private static final String MINER = "10.0.0.21:4028";
  private static final Instant FIRST_ANSWER = T0.plusSeconds(30);
  private static final Instant SECOND_ANSWER = T0.plusSeconds(60);

  private DatabaseServer server;
  private CommandTables tables;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void migrate() throws Exception {
    server = startServer();
    var dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    tables = new CommandTables(dataSource);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void aNewCommandIsQueuedForTheDevicesSentryAndAddress() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);

    CommandView created = create(device, CommandAction.RESTART);

    assertThat(created.id()).isPositive();
    assertThat(created)
        .extracting(
            CommandView::deviceId,
            CommandView::sentryId,
            CommandView::address,
            CommandView::action,
            CommandView::status,
            CommandView::createdBy)
        .containsExactly(device, sentry, MINER, CommandAction.RESTART, CommandStatus.QUEUED, "op");
    assertThat(created.created().toInstant()).isEqualTo(T0);
    assertThat(created.expires().toInstant()).isEqualTo(T0.plus(EXPIRE_AFTER));
    assertThat(created.sent()).isNull();
    assertThat(created.finished()).isNull();
    assertThat(created.detail()).isNull();
    assertThat(created.pools()).isEmpty();
  }

  @Test
  void aCommandForNoSuchDeviceIsNotMade() {
    assertThat(tables.store(T0).create(newCommand(987_654, CommandAction.REBOOT))).isEmpty();
  }

  @Test
  void theNextAnswerCarriesTheCommandAndMarksItSent() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);
    CommandView created = create(device, CommandAction.POWER_CYCLE);

    List<SentryCommand> answer = tables.exchange(sentry, FIRST_ANSWER);

    assertThat(answer)
        .containsExactly(
            new SentryCommand(created.id(), MINER, CommandAction.POWER_CYCLE, List.of()));
    assertThat(tables.row(created.id())).isEqualTo(new Row("SENT", utc(FIRST_ANSWER), null, null));
    assertThat(find(created.id(), FIRST_ANSWER).status()).isEqualTo(CommandStatus.SENT);
  }

  @Test
  void setPoolsCarriesItsPoolsWithTheirPasswords() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);
    List<PoolSetting> pools =
        List.of(
            new PoolSetting("stratum+tcp://pool.example:3333", "farm.s19", "x"),
            new PoolSetting("stratum+tcp://backup.example:3333", "farm.s19", "s3cr\"et"));
    CommandView created =
        tables.store(T0).create(new NewCommand(device, CommandAction.SET_POOLS, pools, "op")).get();

    assertThat(created.pools()).isEqualTo(pools);
    assertThat(tables.exchange(sentry, FIRST_ANSWER))
        .containsExactly(new SentryCommand(created.id(), MINER, CommandAction.SET_POOLS, pools));
  }

  @Test
  void aCommandIsHandedOutAgainUntilItsResultComes() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);
    long older = create(device, CommandAction.SLEEP).id();
    long newer = create(tables.newDevice(sentry, "10.0.0.22:4028"), CommandAction.WAKE).id();
    tables.exchange(sentry, FIRST_ANSWER);

    List<SentryCommand> again = tables.exchange(sentry, SECOND_ANSWER);

    assertThat(again).extracting(SentryCommand::id).containsExactly(older, newer);
    assertThat(tables.row(older).sent()).as("first delivery").isEqualTo(utc(FIRST_ANSWER));

    Instant done = SECOND_ANSWER.plusSeconds(5);
    List<SentryCommand> afterResult =
        tables.exchange(
            sentry,
            SECOND_ANSWER.plusSeconds(30),
            new CommandResult(older, CommandResult.Status.SUCCEEDED, done, "asleep"));

    assertThat(afterResult).extracting(SentryCommand::id).containsExactly(newer);
    assertThat(tables.row(older))
        .isEqualTo(new Row("SUCCEEDED", utc(FIRST_ANSWER), utc(done), "asleep"));
    CommandView shown = find(older, SECOND_ANSWER.plusSeconds(30));
    assertThat(shown.status()).isEqualTo(CommandStatus.SUCCEEDED);
    assertThat(shown.finished().toInstant()).isEqualTo(done);
    assertThat(shown.detail()).isEqualTo("asleep");
  }

  @Test
  void theFirstResultWins() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);
    long command = create(device, CommandAction.REBOOT).id();
    tables.exchange(sentry, FIRST_ANSWER);
    Instant done = FIRST_ANSWER.plusSeconds(3);

    tables.exchange(
        sentry,
        SECOND_ANSWER,
        new CommandResult(command, CommandResult.Status.FAILED, done, "connection refused"),
        new CommandResult(command, CommandResult.Status.SUCCEEDED, done.plusSeconds(1), "ok"));
    tables.exchange(
        sentry,
        SECOND_ANSWER.plusSeconds(30),
        new CommandResult(command, CommandResult.Status.UNSUPPORTED, done.plusSeconds(2), ""));

    assertThat(tables.row(command))
        .isEqualTo(new Row("FAILED", utc(FIRST_ANSWER), utc(done), "connection refused"));
  }

  @Test
  void resultsOfAnotherSentrysOrUnknownCommandsAreIgnored() throws SQLException {
    long owner = tables.newSentry();
    long other = tables.newSentry();
    long command = create(tables.newDevice(owner, MINER), CommandAction.RESTART).id();
    tables.exchange(owner, FIRST_ANSWER);

    List<SentryCommand> othersAnswer =
        tables.exchange(
            other,
            SECOND_ANSWER,
            new CommandResult(command, CommandResult.Status.SUCCEEDED, SECOND_ANSWER, "done"),
            new CommandResult(999_999, CommandResult.Status.FAILED, SECOND_ANSWER, "who?"));

    assertThat(othersAnswer).isEmpty();
    assertThat(tables.row(command)).isEqualTo(new Row("SENT", utc(FIRST_ANSWER), null, null));
    assertThat(tables.exchange(owner, SECOND_ANSWER.plusSeconds(1)))
        .extracting(SentryCommand::id)
        .containsExactly(command);
  }

  @Test
  void aCommandWithoutAResultExpires() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);
    long sent = create(device, CommandAction.RESTART).id();
    tables.exchange(sentry, FIRST_ANSWER);
    long neverSent = create(device, CommandAction.REBOOT).id();
    Instant expiry = T0.plus(EXPIRE_AFTER);

    assertThat(find(sent, expiry.minusSeconds(1)).status()).isEqualTo(CommandStatus.SENT);
    CommandView shown = find(neverSent, expiry);
    assertThat(shown.status())
        .as("expired when read, before ingest wrote it")
        .isEqualTo(CommandStatus.EXPIRED);
    assertThat(shown.finished().toInstant()).isEqualTo(expiry);

    List<SentryCommand> answer =
        tables.exchange(
            sentry,
            expiry,
            new CommandResult(sent, CommandResult.Status.SUCCEEDED, expiry, "too late"));

    assertThat(answer).isEmpty();
    assertThat(tables.row(sent))
        .isEqualTo(new Row("EXPIRED", utc(FIRST_ANSWER), utc(expiry), null));
    assertThat(tables.row(neverSent)).isEqualTo(new Row("EXPIRED", null, utc(expiry), null));
    assertThat(find(sent, expiry.plusSeconds(3600)).status()).isEqualTo(CommandStatus.EXPIRED);
  }

  @Test
  void listsTheNewestFirstByDeviceAndStatus() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);
    long otherDevice = tables.newDevice(sentry, "10.0.0.23:4028");
    long first = create(device, CommandAction.RESTART).id();
    tables.exchange(sentry, FIRST_ANSWER);
    long second = create(device, CommandAction.SLEEP).id();
    long third = create(device, CommandAction.WAKE).id();
    long elsewhere = create(otherDevice, CommandAction.WAKE).id();
    tables.exchange(
        sentry,
        SECOND_ANSWER,
        new CommandResult(first, CommandResult.Status.SUCCEEDED, SECOND_ANSWER, ""));
    CommandStore store = tables.store(SECOND_ANSWER.plusSeconds(1));

    assertThat(store.list(device, null, 100))
        .extracting(CommandView::id)
        .containsExactly(third, second, first);
    assertThat(store.list(device, null, 2))
        .extracting(CommandView::id)
        .containsExactly(third, second);
    assertThat(store.list(device, CommandStatus.SENT, 100))
        .extracting(CommandView::id)
        .containsExactly(third, second);
    assertThat(store.list(device, CommandStatus.SUCCEEDED, 100))
        .extracting(CommandView::id)
        .containsExactly(first);
    assertThat(store.list(device, CommandStatus.QUEUED, 100)).isEmpty();
    assertThat(store.list(otherDevice, null, 100))
        .extracting(CommandView::id)
        .containsExactly(elsewhere);
    assertThat(store.list(null, null, 1000))
        .extracting(CommandView::id)
        .contains(elsewhere, third, second, first);

    CommandStore later = tables.store(T0.plus(EXPIRE_AFTER));
    assertThat(later.list(device, CommandStatus.EXPIRED, 100))
        .as("pending past expiry counts as expired")
        .extracting(CommandView::id, CommandView::status)
        .containsExactly(tuple(third, CommandStatus.EXPIRED), tuple(second, CommandStatus.EXPIRED));
    assertThat(later.list(device, CommandStatus.SENT, 100)).isEmpty();
  }

  @Test
  void anAnswerCarriesAtMostItsBoundOldestFirst() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);
    List<Long> ids = tables.queue(device, ReportAnswer.MAX_COMMANDS + 1);

    List<SentryCommand> answer = tables.exchange(sentry, FIRST_ANSWER);

    assertThat(answer)
        .extracting(SentryCommand::id)
        .containsExactlyElementsOf(ids.subList(0, ReportAnswer.MAX_COMMANDS));
    CommandStore store = tables.store(FIRST_ANSWER);
    assertThat(store.list(device, CommandStatus.QUEUED, 10))
        .extracting(CommandView::id)
        .containsExactly(ids.get(ReportAnswer.MAX_COMMANDS));
  }

  @Test
  void filtersTheActionLogByWhoWhatAndWhen() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, "10.0.0.31:4028");
    long early =
        tables
            .store(T0)
            .create(new NewCommand(device, CommandAction.RESTART, List.of(), "alice"))
            .orElseThrow()
            .id();
    long late =
        tables
            .store(T0.plusSeconds(3600))
            .create(new NewCommand(device, CommandAction.REBOOT, List.of(), "bob"))
            .orElseThrow()
            .id();
    long lateToo =
        tables
            .store(T0.plusSeconds(3601))
            .create(new NewCommand(device, CommandAction.RESTART, List.of(), "bob"))
            .orElseThrow()
            .id();
    CommandStore store = tables.store(T0.plusSeconds(3602));
    OffsetDateTime halfway = utc(T0.plusSeconds(1800));

    assertThat(store.list(filter(device, "bob", null, null, null)))
        .extracting(CommandView::id)
        .containsExactly(lateToo, late);
    assertThat(store.list(filter(device, null, CommandAction.RESTART, null, null)))
        .extracting(CommandView::id)
        .containsExactly(lateToo, early);
    assertThat(store.list(filter(device, null, null, halfway, null)))
        .extracting(CommandView::id)
        .containsExactly(lateToo, late);
    assertThat(store.list(filter(device, null, null, null, halfway)))
        .as("to is exclusive of later commands")
        .extracting(CommandView::id)
        .containsExactly(early);
    assertThat(store.list(filter(device, "bob", CommandAction.RESTART, halfway, null)))
        .extracting(CommandView::id)
        .containsExactly(lateToo);
    assertThat(store.list(filter(device, "carol", null, null, null))).isEmpty();
  }

  private static CommandFilter filter(
      long device, String who, CommandAction action, OffsetDateTime from, OffsetDateTime to) {
    return new CommandFilter(device, null, who, action, from, to, 100);
  }

  private CommandView create(long deviceId, CommandAction action) {
    return tables.store(T0).create(newCommand(deviceId, action)).orElseThrow();
  }

  private CommandView find(long id, Instant now) {
    return tables.store(now).find(id).orElseThrow();
  }

  private static NewCommand newCommand(long deviceId, CommandAction action) {
    return new NewCommand(deviceId, action, List.of(), "op");
  }

  @Test
  void aDeviceSleepsFromASleepThatSucceededUntilAWakeSucceeds() throws SQLException {
    long sentry = tables.newSentry();
    long device = tables.newDevice(sentry, MINER);
    tables.addState(device, false);
    long failedSleep = create(device, CommandAction.SLEEP).id();
    long sleep = create(device, CommandAction.POWER_OFF).id();
    tables.exchange(sentry, FIRST_ANSWER);
    Instant done = FIRST_ANSWER.plusSeconds(3);

    tables.exchange(
        sentry,
        SECOND_ANSWER,
        new CommandResult(failedSleep, CommandResult.Status.FAILED, done, "refused"));
    assertThat(tables.sleeping(device)).isFalse();
    tables.exchange(
        sentry, SECOND_ANSWER, new CommandResult(sleep, CommandResult.Status.SUCCEEDED, done, ""));
    assertThat(tables.sleeping(device)).isTrue();

    long restart = create(device, CommandAction.RESTART).id();
    long wake = create(device, CommandAction.WAKE).id();
    tables.exchange(sentry, SECOND_ANSWER.plusSeconds(30));
    tables.exchange(
        sentry,
        SECOND_ANSWER.plusSeconds(60),
        new CommandResult(wake, CommandResult.Status.UNSUPPORTED, done.plusSeconds(60), ""));
    assertThat(tables.sleeping(device)).isTrue();
    tables.exchange(
        sentry,
        SECOND_ANSWER.plusSeconds(90),
        new CommandResult(restart, CommandResult.Status.SUCCEEDED, done.plusSeconds(90), ""));
    assertThat(tables.sleeping(device)).isFalse();
  }
}
