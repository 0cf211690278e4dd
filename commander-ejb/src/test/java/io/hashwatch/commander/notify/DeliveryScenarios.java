package io.hashwatch.commander.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Delivering the outbox to real receivers on loopback ports, with a clock the test moves, on every
 * supported database; one subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeliveryScenarios {
  private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");

  private DatabaseServer server;
  private DataSource dataSource;
  private SetClock clock;
  private ChannelStore store;
  private Receiver receiver;
  private OutboxDelivery delivery;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = startServer();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void newDatabase() throws Exception {
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    clock = new SetClock(T0);
    store = new ChannelStore();
    store.dataSource = dataSource;
    store.clock = clock;
    receiver = new Receiver("{\"ok\":true}");
    // Long enough for a loaded CI machine to answer in time; the hung receiver waits it out.
    delivery = delivery(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(3)));
  }

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  private OutboxDelivery delivery(HttpSettings http) {
    MailSettings noMail = new MailSettings(null, 587, null, null, null, null, null);
    return new OutboxDelivery(dataSource, new Senders(http, noMail), clock, Backoff.DEFAULT, 50);
  }

  private long queued(Channel channel) {
    long channelId = store.create(channel).id();
    return store.queueTest(channelId, "alice").orElseThrow();
  }

  private NotificationView notification(long id) {
    return store.notifications(null, null, 100).stream()
        .filter(n -> n.id() == id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFailingReceiverIsRetriedWithDoublingWaitsUntilItAccepts() throws SQLException {
    receiver.answer(503, "down").answer(502, "still down");
    long id = queued(Channels.webhook("hook", receiver.uri("/hook"), "key"));

    assertThat(delivery.run()).isEqualTo(new OutboxDelivery.Outcome(0, 1, 0));
    NotificationView first = notification(id);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttempt().toInstant()).isEqualTo(T0.plusSeconds(30));
    assertThat(first.lastError()).isEqualTo("HTTP 503: down");

    clock.set(T0.plusSeconds(29));
    assertThat(delivery.run()).isEqualTo(new OutboxDelivery.Outcome(0, 0, 0));
    clock.set(T0.plusSeconds(30));
    assertThat(delivery.run()).isEqualTo(new OutboxDelivery.Outcome(0, 1, 0));
    assertThat(notification(id).nextAttempt().toInstant()).isEqualTo(T0.plusSeconds(90));

    clock.set(T0.plusSeconds(90));
    assertThat(delivery.run()).isEqualTo(new OutboxDelivery.Outcome(1, 0, 0));
    NotificationView delivered = notification(id);
    assertThat(delivered.status()).isEqualTo(NotificationStatus.DELIVERED);
    assertThat(delivered.attempts()).isEqualTo(3);
    assertThat(delivered.delivered().toInstant()).isEqualTo(T0.plusSeconds(90));
    assertThat(delivered.lastError()).isNull();
    assertThat(receiver.requests()).hasSize(3);
    Receiver.Request last = receiver.requests().get(2);
    assertThat(last.headers().getFirst("X-Hashwatch-Signature"))
        .isEqualTo(
            "sha256="
                + Hmac.sha256Hex(
                    "key", last.headers().getFirst("X-Hashwatch-Timestamp") + "." + last.body()));
    assertThat(MessageJson.read(last.body()).title())
        .isEqualTo("Hashwatch test message from alice");
  }

  @Test
  void aRateLimitedReceiverIsTriedWhenItAskedFor() throws SQLException {
    receiver.answer(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":120}");
    long id = queued(Channels.discord("discord", receiver.uri("/api/webhooks/1/x")));

    delivery.run();

    assertThat(notification(id).nextAttempt().toInstant()).isEqualTo(T0.plusSeconds(120));
    assertThat(notification(id).status()).isEqualTo(NotificationStatus.PENDING);
  }

  @Test
  void aBadRequestIsAPermanentFailure() throws SQLException {
    receiver.answer(400, "{\"message\":\"Cannot send an empty message\"}");
    long id = queued(Channels.discord("discord", receiver.uri("/api/webhooks/1/x")));

    assertThat(delivery.run()).isEqualTo(new OutboxDelivery.Outcome(0, 0, 1));
    clock.advance(Duration.ofHours(1));
    assertThat(delivery.run()).isEqualTo(new OutboxDelivery.Outcome(0, 0, 0));

    NotificationView failed = notification(id);
    assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError())
        .isEqualTo("HTTP 400: {\"message\":\"Cannot send an empty message\"}");
    assertThat(receiver.requests()).hasSize(1);
  }

  @Test
  void aNotificationNotDeliveredWithinADayFails() throws SQLException {
    receiver.answer(500, "broken");
    long id = queued(Channels.webhook("hook", receiver.uri("/"), null));
    delivery.run();

    clock.set(T0.plus(AlertNotices.KEEP_TRYING));
    assertThat(delivery.run()).isEqualTo(new OutboxDelivery.Outcome(0, 0, 1));

    NotificationView failed = notification(id);
    assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isEqualTo("expired after 1 attempts; last: HTTP 500: broken");
    assertThat(receiver.requests()).hasSize(1);
  }

  @Test
  void aHungReceiverTimesOutWithoutHoldingUpTheOtherChannels() throws Exception {
    receiver.hang();
    long hung = queued(Channels.webhook("hung", receiver.uri("/"), null));
    long hungAgain = store.queueTest(store.list().get(0).id(), "bob").orElseThrow();
    try (Receiver telegram = new Receiver("{\"ok\":true,\"result\":{}}")) {
      long other = queued(Channels.telegram("tg", telegram.uri(""), "1:T", "-5"));

      assertThat(delivery.run()).isEqualTo(new OutboxDelivery.Outcome(1, 1, 0));

      assertThat(notification(hung).lastError()).containsIgnoringCase("timed out");
      assertThat(notification(hung).nextAttempt().toInstant()).isEqualTo(T0.plusSeconds(30));
      assertThat(notification(hungAgain).attempts()).as("not tried in the same run").isZero();
      assertThat(notification(other).status()).isEqualTo(NotificationStatus.DELIVERED);
      assertThat(telegram.requests())
          .singleElement()
          .satisfies(r -> assertThat(r.path()).isEqualTo("/bot1:T/sendMessage"));
    }
  }
}
