package io.hashwatch.commander.notify;

import java.time.Instant;

/** The sender of each channel type, sharing one HTTP client. */
public final class Senders {
  private final Sender webhook;
  private final Sender discord;
  private final Sender telegram;
  private final Sender email;

  public Senders(HttpSettings http, MailSettings mail) {
    this(new HttpPost(http), new MailSender(mail));
  }

  private Senders(HttpPost post, Sender email) {
    this.webhook = new WebhookSender(post);
    this.discord = new DiscordSender(post);
    this.telegram = new TelegramSender(post);
    this.email = email;
  }

  /**
   * The senders when the SMTP settings cannot be used: each e-mail fails saying {@code problem},
   * and is retried as after a failed connection (a restart with the setting fixed sends it); the
   * other channels deliver as usual.
   */
  public static Senders withUnusableMail(HttpSettings http, String problem) {
    return new Senders(
        new HttpPost(http), (channel, outgoing, now) -> new Attempt.Failed(problem, null));
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
