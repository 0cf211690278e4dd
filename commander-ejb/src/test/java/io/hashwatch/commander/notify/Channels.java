package io.hashwatch.commander.notify;

import io.hashwatch.commander.alerts.Scope;
import io.hashwatch.commander.alerts.Severity;
import java.net.URI;

/** Channels the notification tests set up. */
final class Channels {
  private Channels() {}

  static Channel webhook(String name, URI url, String secret) {
    return new Channel(
        null,
        name,
        ChannelType.WEBHOOK,
        url.toString(),
        secret,
        null,
        Severity.INFO,
        Scope.FARM,
        true);
  }

  static Channel webhook(String name, URI url, Severity minSeverity, Scope scope) {
    return new Channel(
        null, name, ChannelType.WEBHOOK, url.toString(), null, null, minSeverity, scope, true);
  }

  static Channel discord(String name, URI url) {
    return new Channel(
        null,
        name,
        ChannelType.DISCORD,
        url.toString(),
        null,
        null,
        Severity.INFO,
        Scope.FARM,
        true);
  }

  static Channel telegram(String name, URI base, String token, String chat) {
    return new Channel(
        null,
        name,
        ChannelType.TELEGRAM,
        base.toString(),
        token,
        chat,
        Severity.INFO,
        Scope.FARM,
        true);
  }

  static Channel email(String name, String recipients) {
    return new Channel(
        null, name, ChannelType.EMAIL, null, null, recipients, Severity.INFO, Scope.FARM, true);
  }
}
