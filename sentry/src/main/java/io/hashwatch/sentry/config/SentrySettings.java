package io.hashwatch.sentry.config;

import io.hashwatch.sentry.outbox.OutboxSettings;
import io.hashwatch.sentry.uplink.CommanderClient;
import io.hashwatch.sentry.uplink.Commanders;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings an ASIC and a rig sentry share (those before the first section, or flags), checked
 * one by one; the defaults that differ between the two are given by the caller.
 */
final class SentrySettings {
  private final Section sentry;
  private final Map<String, String> environment;
  private final String origin;

  SentrySettings(Section sentry, Map<String, String> environment, String origin) {
    this.sentry = sentry;
    this.environment = environment;
    this.origin = origin;
  }

  String id() throws ConfigException {
    Setting id = required("id", "the sentry's id on the commander");
    try {
      CommanderClient.endpoint(URI.create("http://commander"), id.value());
    } catch (IllegalArgumentException e) {
      throw id.problem(e.getMessage());
    }
    return id.value();
  }

  Duration interval(Duration fallback) throws ConfigException {
    return duration("interval", fallback, Duration.ofSeconds(1), Duration.ofHours(1));
  }

  /**
   * The poll timeout: shorter than the interval, so that a sweep fits it even when one hangs.
   * Without a setting, {@code fallback} or half the interval, whichever is shorter.
   */
  Duration timeout(Duration interval, Duration fallback) throws ConfigException {
    Setting given = sentry.one("timeout");
    if (given == null) {
      Duration half = interval.dividedBy(2);
      return fallback.compareTo(half) <= 0 ? fallback : half;
    }
    Duration timeout = given.duration(Duration.ofMillis(100), Duration.ofMinutes(5));
    if (timeout.compareTo(interval) >= 0) {
      throw given.problem(
          "must be shorter than the interval ("
              + Setting.words(interval)
              + "), or a hung device makes every sweep late");
    }
    return timeout;
  }

  int port() throws ConfigException {
    Setting port = sentry.one("port");
    return port == null ? AsicConfigReader.DEFAULT_PORT : port.integer(1, 65535);
  }

  int concurrency() throws ConfigException {
    Setting concurrency = sentry.one("concurrency");
    return concurrency == null
        ? AsicConfigReader.DEFAULT_CONCURRENCY
        : concurrency.integer(1, 4096);
  }

  Duration discoverEvery(Duration fallback) throws ConfigException {
    return duration("discover-every", fallback, Duration.ofSeconds(10), Duration.ofDays(7));
  }

  List<URI> commanders(String id) throws ConfigException {
    List<Setting> given = sentry.all("commander");
    if (given.isEmpty()) {
      throw new ConfigException(
          origin + ": no commander: give commander = URL (or --commander URL), once per commander");
    }
    List<URI> commanders = new ArrayList<>();
    for (Setting commander : given) {
      for (String text : commander.value().split(",")) {
        try {
          URI uri = new URI(text.strip());
          CommanderClient.endpoint(uri, id);
          commanders.add(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw commander.problem(e.getMessage());
        }
      }
    }
    return commanders;
  }

  /** How often a sentry away from its first commander tries that one again. */
  Duration commanderReturn() throws ConfigException {
    return duration(
        "commander-return", Commanders.RETURN_EVERY, Duration.ofSeconds(1), Duration.ofHours(24));
  }

  /** The token as given, else from {@value AsicConfigReader#TOKEN_VARIABLE}. */
  String token() throws ConfigException {
    Setting given = sentry.one("token");
    String token;
    if (given != null) {
      token = Secrets.resolve(given, environment);
    } else {
      token = environment.getOrDefault(AsicConfigReader.TOKEN_VARIABLE, "").strip();
      if (token.isEmpty()) {
        throw new ConfigException(
            origin
                + ": no token: give token = env:NAME or file:PATH (or --token), or set "
                + AsicConfigReader.TOKEN_VARIABLE);
      }
      given = new Setting("token", "env:" + AsicConfigReader.TOKEN_VARIABLE, "the environment");
    }
    try {
      CommanderClient.requireValidToken(token);
    } catch (IllegalArgumentException e) {
      throw given.problem(e.getMessage());
    }
    return token;
  }

  Path outbox() throws ConfigException {
    Setting given = required("outbox", "the directory of the outbox, such as /var/lib/hashwatch");
    try {
      return Path.of(given.value());
    } catch (InvalidPathException e) {
      throw given.problem("not a path: " + e.getMessage());
    }
  }

  OutboxSettings outboxSettings() throws ConfigException {
    OutboxSettings defaults = OutboxSettings.defaults();
    Setting size = sentry.one("outbox-max-size");
    Setting age = sentry.one("outbox-max-age");
    Setting fsync = sentry.one("outbox-fsync");
    return new OutboxSettings(
        size == null ? defaults.maxBytes() : size.bytes(1024 * 1024),
        age == null
            ? defaults.maxAge()
            : age.duration(Duration.ofMinutes(1), Duration.ofDays(3650)),
        fsync == null ? defaults.fsync() : fsync(fsync));
  }

  private static OutboxSettings.Fsync fsync(Setting setting) throws ConfigException {
    try {
      return OutboxSettings.Fsync.valueOf(setting.value().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw setting.problem("must be always, batch or never, not '" + setting.value() + "'");
    }
  }

  Setting required(String key, String what) throws ConfigException {
    Setting setting = sentry.one(key);
    if (setting == null) {
      throw new ConfigException(
          origin + ": no " + key + ": give " + key + " = ... (or --" + key + "): " + what);
    }
    return setting;
  }

  Duration duration(String key, Duration fallback, Duration least, Duration most)
      throws ConfigException {
    Setting setting = sentry.one(key);
    return setting == null ? fallback : setting.duration(least, most);
  }
}
