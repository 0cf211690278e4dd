package io.hashwatch.commander.notify;

import java.time.Instant;

/** The sender of each channel type, sharing one HTTP client. */
public final class Senders {
  private final Sender webhook;
  private final Sender discord;
  private final Sender telegram;
  private final Sender email;

  public Senders(HttpSettings http, MailSettings mail) {
    HttpPost post = new HttpPost(http);
    this.webhook = new WebhookSender(post);
    this.discord = new DiscordSender(post);
    this.telegram = new TelegramSender(post);
    this.email = new MailSender(mail);
  }

  /** Tries once to deliver {@code outgoing} over {@code channel}. */
  public Attempt send(Channel channel, Outgoing outgoing, Instant now) {
    Sender sender =
        switch (channel.type()) {
          case WEBHOOK -> webhook;
          case DISCORD -> discord;
          case TELEGRAM -> telegram;
          case EMAIL -> email;
        };
    return sender.send(channel, outgoing, now);
  }
}
