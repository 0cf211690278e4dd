package io.hashwatch.sentry.config;

import io.hashwatch.protocols.relay.RelayTarget;
import io.hashwatch.protocols.relay.RelayUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code [relay URL]} section: the URL as {@code sentry relay} takes it, an optional {@code
 * user} and {@code password} (which may be {@code env:} or {@code file:} instead of a password in
 * the URL), and {@code powers}, the miners it switches.
 */
final class RelaySection {
  private static final Pattern USER_INFO = Pattern.compile("://([^/@]*)@");

  /** A relay read from the config, with where its section starts. */
  record Read(RelayConfig config, String where) {}

  private RelaySection() {}

  static Read read(Section section, Map<String, String> environment, int defaultPort)
      throws ConfigException {
    String url = section.name();
    RelayTarget target;
    try {
      target = RelayUrl.parse(url);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(section.where() + ": [relay]: " + masked(e.getMessage(), url));
    }
    Setting user = section.one("user");
    Setting password = section.one("password");
    if (password != null && target.credentials().present()) {
      throw password.problem("the relay URL has a password already: give it once");
    }
    if (user != null && password == null) {
      throw user.problem("a user needs a password = ... too");
    }
    if (password != null) {
      target = withCredentials(target, user, password, Secrets.resolve(password, environment));
    }
    List<String> powers = new ArrayList<>();
    for (Setting setting : section.all("powers")) {
      powers.addAll(miners(setting, defaultPort));
    }
    return new Read(new RelayConfig(target, powers), section.where());
  }

  private static RelayTarget withCredentials(
      RelayTarget target, Setting user, Setting given, String password) throws ConfigException {
    try {
      return new RelayTarget(
          target.kind(),
          target.host(),
          target.port(),
          target.unit(),
          target.channel(),
          new RelayTarget.Credentials(user == null ? null : user.value(), password),
          target.timing());
    } catch (IllegalArgumentException e) {
      throw given.problem(e.getMessage());
    }
  }

  private static List<String> miners(Setting setting, int defaultPort) throws ConfigException {
    DeviceList.Parsed parsed;
    try {
      parsed = DeviceList.parse(setting.value(), defaultPort);
    } catch (IllegalArgumentException e) {
      throw setting.problem(e.getMessage());
    }
    if (!parsed.ranges().isEmpty()) {
      throw setting.problem(
          "a relay powers single miners, not a range such as " + parsed.ranges().get(0));
    }
    return parsed.miners().stream().map(MinerAddress::address).toList();
  }

  /** An error about a URL, with the URL's password (if any) replaced by {@code ***}. */
  private static String masked(String message, String url) {
    Matcher userInfo = USER_INFO.matcher(url);
    return userInfo.find() && !userInfo.group(1).isEmpty()
        ? message.replace(userInfo.group(1), "***")
        : message;
  }
}
