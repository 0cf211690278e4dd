package io.hashwatch.protocols.relay;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@link RelayTarget}s as URLs; the grammar is in this package's documentation.
 * Every mistake is an {@link IllegalArgumentException} that says what to write instead.
 */
public final class RelayUrl {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)?");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");

  private RelayUrl() {}

  public static RelayTarget parse(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a relay URL: " + e.getMessage(), e);
    }
    if (uri.getScheme() == null || uri.isOpaque()) {
      throw new IllegalArgumentException(
          "a relay URL starts with its kind, such as shelly1://10.0.0.5/0 (kinds: "
              + RelayKind.schemes()
              + ")");
    }
    RelayKind kind = RelayKind.ofScheme(uri.getScheme());
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("no host in the relay URL " + url);
    }
    String host = uri.getHost().replaceAll("^\\[|]$", "");
    int port = uri.getPort() < 0 ? kind.defaultPort() : uri.getPort();
    RelayTarget target =
        new RelayTarget(
            kind,
            host,
            port,
            1,
            kind.firstChannel(),
            credentials(uri.getRawUserInfo()),
            timing(uri.getRawQuery()));
    return kind == RelayKind.MODBUS ? modbusPath(target, uri.getRawPath()) : httpPath(target, uri);
  }

  /** The URL of {@code target} with its password masked as {@code ***}. */
  public static String format(RelayTarget target) {
    StringBuilder url = new StringBuilder(target.kind().scheme()).append("://");
    if (target.credentials().present()) {
      url.append(target.credentials().userOr("")).append(":***@");
    }
    url.append(
        target.port() == target.kind().defaultPort()
            ? target.address().substring(0, target.address().lastIndexOf(':'))
            : target.address());
    if (target.kind() == RelayKind.MODBUS) {
      url.append("/unit/").append(target.unit()).append("/coil/").append(target.channel());
    } else {
      url.append('/').append(target.channel());
    }
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    RelayTarget.Timing timing = target.timing();
    RelayTarget.Timing standard = RelayTarget.Timing.DEFAULT;
    if (!timing.offTime().equals(standard.offTime())) {
      query.add("off=" + timing.offTime().toMillis() + "ms");
    }
    if (!timing.connectTimeout().equals(standard.connectTimeout())) {
      query.add("connect=" + timing.connectTimeout().toMillis() + "ms");
    }
    if (!timing.replyTimeout().equals(standard.replyTimeout())) {
      query.add("timeout=" + timing.replyTimeout().toMillis() + "ms");
    }
    return url.append(query).toString();
  }

  private static RelayTarget httpPath(RelayTarget target, URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.isEmpty() || path.equals("/")) {
      return target;
    }
    String channel = path.substring(1);
    if (!NUMBER.matcher(channel).matches()) {
      throw new IllegalArgumentException(
          "the path of a "
              + target.kind().scheme()
              + " URL is the relay number, such as /"
              + target.kind().firstChannel()
              + ", not "
              + path);
    }
    return target.withChannel(Integer.parseInt(channel));
  }

  private static RelayTarget modbusPath(RelayTarget target, String path) {
    String[] parts =
        path == null || path.length() < 2 ? new String[0] : path.substring(1).split("/");
    Map<String, Integer> values = new HashMap<>();
    boolean pairs = parts.length % 2 == 0;
    for (int i = 0; pairs && i < parts.length; i += 2) {
      String name = parts[i].toLowerCase(Locale.ROOT);
      pairs =
          (name.equals("unit") || name.equals("coil"))
              && NUMBER.matcher(parts[i + 1]).matches()
              && values.put(name, Integer.parseInt(parts[i + 1])) == null;
    }
    if (!pairs || !values.containsKey("coil")) {
      throw new IllegalArgumentException(
          "the path of a modbus URL names the coil and, when it is not 1, the unit:"
              + " /unit/1/coil/0 or /coil/0, not "
              + (path == null || path.isEmpty() ? "nothing" : path));
    }
    return target.withUnit(values.getOrDefault("unit", 1)).withChannel(values.get("coil"));
  }

  private static RelayTarget.Credentials credentials(String rawUserInfo) {
    if (rawUserInfo == null) {
      return RelayTarget.Credentials.NONE;
    }
    int colon = rawUserInfo.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "write credentials as user:password@ (the user may be left out: :password@)");
    }
    return new RelayTarget.Credentials(
        decode(rawUserInfo.substring(0, colon)), decode(rawUserInfo.substring(colon + 1)));
  }

  private static RelayTarget.Timing timing(String rawQuery) {
    RelayTarget.Timing timing = RelayTarget.Timing.DEFAULT;
    if (rawQuery == null || rawQuery.isEmpty()) {
      return timing;
    }
    Map<String, Duration> options = new HashMap<>();
    for (String option : rawQuery.split("&")) {
      int equals = option.indexOf('=');
      String name = equals < 0 ? option : option.substring(0, equals);
      if (!name.equals("off") && !name.equals("connect") && !name.equals("timeout")) {
        throw new IllegalArgumentException(
            "unknown relay URL option '" + name + "': the options are off, connect and timeout");
      }
      if (options.put(name, duration(name, equals < 0 ? "" : option.substring(equals + 1)))
          != null) {
        throw new IllegalArgumentException("the option " + name + " is given twice");
      }
    }
    return new RelayTarget.Timing(
        options.getOrDefault("connect", timing.connectTimeout()),
        options.getOrDefault("timeout", timing.replyTimeout()),
        options.getOrDefault("off", timing.offTime()));
  }

  private static Duration duration(String name, String text) {
    Matcher matcher = DURATION.matcher(text);
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      throw new IllegalArgumentException(
          name + " must be a positive duration such as 500ms, 10s or 2m, not '" + text + "'");
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofSeconds(amount);
    };
  }

  private static String decode(String raw) {
    // URLDecoder reads '+' as a space, which URL user info does not.
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
