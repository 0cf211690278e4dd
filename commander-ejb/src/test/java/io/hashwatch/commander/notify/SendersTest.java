package io.hashwatch.commander.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each sender against a real server on a loopback port: HTTP receivers and an SMTP server. */
class SendersTest {
  private static final Instant NOW = Instant.parse("2026-11-30T04:00:00Z");
  private static final Message MESSAGE =
      new Message("[critical] 10.0.0.7:4028 offline", List.of("a", "b"), List.of(), List.of(), 0);
  private static final Outgoing OUTGOING = new Outgoing(17, MessageJson.write(MESSAGE));

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private Receiver receiver;
  private Senders senders;

  @BeforeEach
  void start() throws Exception {
    receiver = new Receiver("{\"ok\":true}");
    senders = new Senders(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2)), mail());
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  private static MailSettings mail() {
    return new MailSettings(
        "127.0.0.1",
        smtp.getSmtp().getPort(),
        null,
        null,
        "farm@example.org",
        MailSettings.Security.NONE,
        Duration.ofSeconds(2));
  }

  @Test
  void aWebhookGetsTheMessageJsonSignedWithTheChannelsSecret() {
    Attempt attempt =
        senders.send(Channels.webhook("hook", receiver.uri("/hook"), "s3cret"), OUTGOING, NOW);

    assertThat(attempt).isInstanceOf(Attempt.Accepted.class);
    Receiver.Request request = receiver.requests().get(0);
    assertThat(request.path()).isEqualTo("/hook");
    assertThat(request.body()).isEqualTo(OUTGOING.body());
    assertThat(request.headers().getFirst("X-Hashwatch-Timestamp")).isEqualTo("1796011200");
    assertThat(request.headers().getFirst("X-Hashwatch-Notification")).isEqualTo("17");
    assertThat(request.headers().getFirst("X-Hashwatch-Signature"))
        .isEqualTo("sha256=" + Hmac.sha256Hex("s3cret", "1796011200." + request.body()));
    assertThat(MessageJson.read(request.body())).isEqualTo(MESSAGE);
  }

  @Test
  void aWebhookWithoutSecretIsNotSigned() {
    senders.send(Channels.webhook("hook", receiver.uri("/hook"), null), OUTGOING, NOW);

    assertThat(receiver.requests().get(0).headers().containsKey("X-Hashwatch-Signature")).isFalse();
  }

  @Test
  void discordGetsTheTextAsContentCutToItsLimit() {
    List<String> lines = List.of("x".repeat(290), "y".repeat(290), "z".repeat(290));
    Message big =
        new Message(
            "many",
            java.util.Collections.nCopies(10, lines).stream().flatMap(List::stream).toList(),
            List.of(),
            List.of(),
            0);

    Attempt attempt =
        senders.send(
            Channels.discord("discord", receiver.uri("/api/webhooks/1/abc")),
            new Outgoing(1, MessageJson.write(big)),
            NOW);

    assertThat(attempt).isInstanceOf(Attempt.Accepted.class);
    JsonObject sent = json(receiver.requests().get(0).body());
    assertThat(sent.getString("content")).hasSize(2000).startsWith("many\n\nxxx").endsWith("…");
    assertThat(sent.getJsonObject("allowed_mentions").getJsonArray("parse")).isEmpty();
  }

  @Test
  void telegramGetsChatAndTextAtTheBotsPath() {
    Attempt attempt =
        senders.send(
            Channels.telegram("tg", receiver.uri("/"), "123:ABC", "-1001234"), OUTGOING, NOW);

    assertThat(attempt).isInstanceOf(Attempt.Accepted.class);
    Receiver.Request request = receiver.requests().get(0);
    assertThat(request.path()).isEqualTo("/bot123:ABC/sendMessage");
    JsonObject sent = json(request.body());
    assertThat(sent.getString("chat_id")).isEqualTo("-1001234");
    assertThat(sent.getString("text")).isEqualTo(MESSAGE.text()).contains("\n\na\nb");
  }

  @Test
  void telegramWithoutOkIsRefusedAndItsRateLimitWaitIsKept() {
    receiver.answer(200, "{\"ok\":false,\"description\":\"chat not found\"}");
    receiver.answer(429, "{\"ok\":false,\"error_code\":429,\"parameters\":{\"retry_after\":42}}");
    Channel telegram = Channels.telegram("tg", receiver.uri(""), "123:ABC", "42");

    Attempt notOk = senders.send(telegram, OUTGOING, NOW);
    Attempt limited = senders.send(telegram, OUTGOING, NOW);

    assertThat(notOk).isEqualTo(new Attempt.Refused("Telegram did not say ok: chat not found"));
    assertThat(limited).isInstanceOf(Attempt.Failed.class);
    assertThat(((Attempt.Failed) limited).retryAfter()).isEqualTo(Duration.ofSeconds(42));
  }

  @Test
  void fourHundredsAreRefusedButTimeoutsRateLimitsAndServerErrorsAreRetried() {
    receiver.answer(404, "no such hook " + "x".repeat(400));
    receiver.answer(408, "");
    receiver.answer(429, "{\"retry_after\": 1.5}");
    receiver.answer(503, "busy");
    Channel hook = Channels.webhook("hook", receiver.uri("/"), null);

    Attempt notFound = senders.send(hook, OUTGOING, NOW);
    Attempt timeout = senders.send(hook, OUTGOING, NOW);
    Attempt limited = senders.send(hook, OUTGOING, NOW);
    Attempt busy = senders.send(hook, OUTGOING, NOW);

    assertThat(notFound).isInstanceOf(Attempt.Refused.class);
    assertThat(((Attempt.Refused) notFound).error())
        .startsWith("HTTP 404: no such hook xxx")
        .hasSize("HTTP 404: ".length() + 300);
    assertThat(timeout).isEqualTo(new Attempt.Failed("HTTP 408: ", null));
    assertThat(limited)
        .isEqualTo(new Attempt.Failed("HTTP 429: {\"retry_after\": 1.5}", Duration.ofMillis(1500)));
    assertThat(busy).isEqualTo(new Attempt.Failed("HTTP 503: busy", null));
  }

  @Test
  void aHungReceiverTimesOut() {
    receiver.hang();
    Senders quick =
        new Senders(new HttpSettings(Duration.ofSeconds(1), Duration.ofMillis(300)), mail());

    Attempt attempt = quick.send(Channels.webhook("hook", receiver.uri("/"), null), OUTGOING, NOW);

    assertThat(attempt).isInstanceOf(Attempt.Failed.class);
    assertThat(((Attempt.Failed) attempt).error()).containsIgnoringCase("timed out");
  }

  @Test
  void anEmailGoesToEachRecipientWithTheTitleAsSubject() throws Exception {
    Attempt attempt =
        senders.send(Channels.email("mail", "ops@example.org, boss@example.org"), OUTGOING, NOW);

    assertThat(attempt).isInstanceOf(Attempt.Accepted.class);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[0].getSubject()).isEqualTo(MESSAGE.title());
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("farm@example.org");
    assertThat(GreenMailUtil.getBody(received[0])).contains("a").contains("b");
    assertThat(received[0].getHeader("X-Hashwatch-Notification")[0]).isEqualTo("17");
  }

  @Test
  void anEmailWithoutSmtpServerIsRetriedSayingWhy() {
    Senders unconfigured =
        new Senders(
            HttpSettings.DEFAULT, new MailSettings(null, 587, null, null, null, null, null));

    Attempt attempt = unconfigured.send(Channels.email("mail", "ops@example.org"), OUTGOING, NOW);

    assertThat(attempt)
        .isEqualTo(new Attempt.Failed("no SMTP server configured (hashwatch.smtp.host)", null));
  }

  @Test
  void withUnusableSmtpSettingsEmailsAreRetriedSayingWhyAndWebhooksStillGo() {
    Senders broken =
        Senders.withUnusableMail(
            new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2)),
            "hashwatch.smtp.security must be starttls, tls or none, not ssl");

    assertThat(broken.send(Channels.email("mail", "ops@example.org"), OUTGOING, NOW))
        .isEqualTo(
            new Attempt.Failed(
                "hashwatch.smtp.security must be starttls, tls or none, not ssl", null));
    assertThat(broken.send(Channels.webhook("hook", receiver.uri("/hook"), null), OUTGOING, NOW))
        .isInstanceOf(Attempt.Accepted.class);
    assertThat(receiver.requests()).hasSize(1);
  }

  private static JsonObject json(String text) {
    return CachedJsonProvider.INSTANCE.createReader(new StringReader(text)).readObject();
  }
}
