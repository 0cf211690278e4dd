package io.hashwatch.commander.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.commander.alerts.Scope;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.alerts.Subject;
import io.hashwatch.protocols.json.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ChannelTest {

  private static Channel channel(ChannelType type, String url, String secret, String recipient) {
    return new Channel(
        null, "ops", type, url, secret, recipient, Severity.WARNING, Scope.FARM, true);
  }

  private static void refused(Runnable making, String field, String problem) {
    assertThatThrownBy(making::run)
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.problem()).contains(problem);
            });
  }

  @Test
  void eachTypeNeedsWhatItSendsWith() {
    refused(() -> channel(ChannelType.WEBHOOK, null, null, null), "url", "required");
    refused(() -> channel(ChannelType.DISCORD, "ftp://x/y", null, null), "url", "http");
    refused(() -> channel(ChannelType.WEBHOOK, "http:///nohost", null, null), "url", "http");
    refused(() -> channel(ChannelType.TELEGRAM, null, null, "-100"), "secret", "bot's token");
    refused(() -> channel(ChannelType.TELEGRAM, null, "1:A", null), "recipient", "chat id");
    refused(() -> channel(ChannelType.TELEGRAM, "mailto:x", "1:A", "5"), "url", "http");
    refused(() -> channel(ChannelType.EMAIL, null, null, " "), "recipient", "e-mail addresses");
    refused(
        () -> channel(ChannelType.EMAIL, null, null, "a@example.org, nobody"),
        "recipient",
        "not an e-mail address: nobody");
    refused(
        () ->
            new Channel(
                null, " ", ChannelType.EMAIL, null, null, "a@b.c", Severity.INFO, Scope.FARM, true),
        "name",
        "required");
    refused(
        () -> new Channel(null, "x", null, null, null, null, Severity.INFO, Scope.FARM, true),
        "type",
        "webhook, discord, telegram or email");
  }

  @Test
  void validChannelsKeepTheirFieldsTrimmed() {
    Channel telegram = channel(ChannelType.TELEGRAM, null, " 1:A ", "@farm_alerts");
    Channel mail = channel(ChannelType.EMAIL, "", "", "a@example.org, b@example.org");

    assertThat(telegram.secret()).isEqualTo("1:A");
    assertThat(telegram.telegramBase()).isEqualTo("https://api.telegram.org");
    assertThat(channel(ChannelType.TELEGRAM, "http://127.0.0.1:5/", "1:A", "5").telegramBase())
        .isEqualTo("http://127.0.0.1:5");
    assertThat(mail.url()).isNull();
    assertThat(mail.addresses()).containsExactly("a@example.org", "b@example.org");
    assertThat(telegram.toString()).doesNotContain("1:A");
  }

  @Test
  void aChannelWantsItsSeverityOrWorseWithinItsScope() {
    Channel hallA =
        new Channel(
            1L,
            "a",
            ChannelType.DISCORD,
            "https://x/y",
            null,
            null,
            Severity.WARNING,
            Scope.site("hall-a"),
            true);
    Channel device7 =
        new Channel(
            2L,
            "d",
            ChannelType.DISCORD,
            "https://x/y",
            null,
            null,
            Severity.INFO,
            Scope.device(7),
            true);
    Subject miner = new Subject("device:7", "hall-a", "row-a", "10.0.0.7");
    Subject sentry = new Subject("sentry:7", "hall-a", null, "sentry s7");

    assertThat(hallA.wants(Severity.CRITICAL, miner)).isTrue();
    assertThat(hallA.wants(Severity.INFO, miner)).isFalse();
    assertThat(hallA.wants(Severity.WARNING, new Subject("device:8", "hall-b", "row-a", "x")))
        .isFalse();
    assertThat(hallA.wants(Severity.WARNING, sentry)).isTrue();
    assertThat(device7.wants(Severity.INFO, miner)).isTrue();
    assertThat(device7.wants(Severity.INFO, sentry))
        .as("a device scope covers no sentry")
        .isFalse();
    Channel rowA =
        new Channel(
            3L,
            "g",
            ChannelType.DISCORD,
            "https://x/y",
            null,
            null,
            Severity.INFO,
            Scope.group("row-a"),
            true);
    assertThat(rowA.wants(Severity.INFO, miner)).isTrue();
    assertThat(rowA.wants(Severity.INFO, new Subject("device:9", "hall-a", "row-b", "y")))
        .isFalse();
    assertThat(rowA.wants(Severity.INFO, sentry)).as("sentries are in no group").isFalse();
  }
}
