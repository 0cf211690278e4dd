package io.hashwatch.commander.notify;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Sends the message as a plain-text e-mail through the configured SMTP server with Jakarta Mail
 * (the container provides the implementation). Addresses the server refuses are a permanent
 * failure; anything else (no connection, a timeout, a busy server) is tried again.
 */
final class MailSender implements Sender {
  private final MailSettings settings;

  MailSender(MailSettings settings) {
    this.settings = settings;
  }

  @Override
  public Attempt send(Channel channel, Outgoing outgoing, Instant now) {
    if (!settings.configured()) {
      return new Attempt.Failed("no SMTP server configured (hashwatch.smtp.host)", null);
    }
    Message message = outgoing.message();
    try {
      MimeMessage mail = new MimeMessage(Session.getInstance(properties()));
      mail.setFrom(new InternetAddress(settings.from()));
      mail.setRecipients(RecipientType.TO, InternetAddress.parse(channel.recipient()));
      mail.setSubject(message.title(), "UTF-8");
      mail.setText(message.text(), "UTF-8");
      mail.setSentDate(Date.from(now));
      mail.setHeader(WebhookSender.NOTIFICATION, String.valueOf(outgoing.id()));
      if (settings.user() == null) {
        Transport.send(mail);
      } else {
        Transport.send(mail, settings.user(), settings.password());
      }
      return new Attempt.Accepted();
    } catch (AddressException e) {
      return new Attempt.Refused("bad address: " + e.getMessage());
    } catch (SendFailedException e) {
      Address[] invalid = e.getInvalidAddresses();
      if (invalid != null && invalid.length > 0) {
        return new Attempt.Refused("the server refused " + String.join(", ", names(invalid)));
      }
      return new Attempt.Failed(describe(e), null);
    } catch (MessagingException e) {
      return new Attempt.Failed(describe(e), null);
    }
  }

  private Properties properties() {
    String millis = String.valueOf(settings.timeout().toMillis());
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", settings.host());
    properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
    properties.setProperty("mail.smtp.connectiontimeout", millis);
    properties.setProperty("mail.smtp.timeout", millis);
    properties.setProperty("mail.smtp.writetimeout", millis);
    properties.setProperty("mail.smtp.auth", String.valueOf(settings.user() != null));
    switch (settings.security()) {
      case STARTTLS -> {
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", "true");
      }
      case TLS -> properties.setProperty("mail.smtp.ssl.enable", "true");
      case NONE -> {
        // plain SMTP, as configured
      }
    }
    return properties;
  }

  private static String[] names(Address[] addresses) {
    String[] names = new String[addresses.length];
    for (int i = 0; i < addresses.length; i++) {
      names[i] = addresses[i].toString();
    }
    return names;
  }

  private static String describe(MessagingException e) {
    Exception next = e.getNextException();
    return e.getMessage() + (next == null ? "" : " (" + next.getMessage() + ")");
  }
}
