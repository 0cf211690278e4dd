package io.hashwatch.sentry.config;

import io.hashwatch.sentry.programs.ProgramAdapters;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code [program NAME]} section: its {@code type} and API {@code url} (both required), an
 * optional API {@code token} (a secret), how to restart, stop and start it ({@code unit} and the
 * {@code *-command}s), and the options only some programs take ({@code miner-address}, {@code
 * threads}).
 */
final class ProgramSection {
  /** A device address part the rig uses for its GPUs: {@code RIG/gpu/0000:01:00.0}. */
  private static final String RESERVED = "gpu";

  /** The settings passed on to the program's adapter as they are ({@link ProgramEndpoint}). */
  private static final List<String> OPTIONS = List.of("miner-address", "threads");

  private ProgramSection() {}

  static ProgramConfig read(Section section, Map<String, String> environment)
      throws ConfigException {
    String name = section.name();
    if (name.equals(RESERVED)) {
      throw new ConfigException(
          section.where()
              + ": [program gpu]: the name gpu is the rig's GPUs' (RIG/gpu/BUS): choose another");
    }
    Setting type = required(section, "type", "the program's kind, such as xmrig or t-rex");
    ProgramAdapters programs = ProgramAdapters.standard();
    if (programs.byType(type.value()).isEmpty()) {
      throw type.problem(
          "no miner program '" + type.value() + "'; the sentry knows " + programs.types());
    }
    Setting url =
        required(section, "url", "where its API answers: http://HOST:PORT or tcp://HOST:PORT");
    Setting token = section.one("token");
    ProgramEndpoint endpoint =
        new ProgramEndpoint(
            name,
            url(url),
            token == null ? null : Secrets.resolve(token, environment),
            options(section));
    Setting unit = section.one("unit");
    if (unit != null && !ProgramConfig.UNIT.matcher(unit.value()).matches()) {
      throw unit.problem(
          "'"
              + unit.value()
              + "' is not a systemd unit name (letters, digits, '_', '.', '@', ':', '-'; not"
              + " starting with '-')");
    }
    return new ProgramConfig(
        name,
        type.value().toLowerCase(Locale.ROOT),
        endpoint,
        unit == null ? null : unit.value(),
        value(section, "restart-command"),
        value(section, "stop-command"),
        value(section, "start-command"));
  }

  /** {@code http://HOST:PORT} or {@code tcp://HOST:PORT}: the adapter adds the API's paths. */
  private static URI url(Setting setting) throws ConfigException {
    String problem = "'" + setting.value() + "' is not http://HOST:PORT or tcp://HOST:PORT";
    URI url;
    try {
      url = new URI(setting.value());
    } catch (URISyntaxException e) {
      throw setting.problem(problem);
    }
    boolean scheme = "http".equals(url.getScheme()) || "tcp".equals(url.getScheme());
    boolean bare =
        url.getRawUserInfo() == null
            && (url.getRawPath() == null
                || url.getRawPath().isEmpty()
                || url.getRawPath().equals("/"))
            && url.getRawQuery() == null
            && url.getRawFragment() == null;
    if (!scheme || url.getHost() == null || url.getPort() < 1 || url.getPort() > 65535 || !bare) {
      throw setting.problem(problem);
    }
    return url;
  }

  private static Map<String, String> options(Section section) throws ConfigException {
    Map<String, String> options = new LinkedHashMap<>();
    for (String key : OPTIONS) {
      Setting setting = section.one(key);
      if (setting != null) {
        options.put(
            key,
            key.equals("threads") ? String.valueOf(setting.integer(1, 1024)) : setting.value());
      }
    }
    return options;
  }

  private static Setting required(Section section, String key, String what) throws ConfigException {
    Setting setting = section.one(key);
    if (setting == null) {
      throw new ConfigException(
          section.where() + ": [program " + section.name() + "] has no " + key + " = ...: " + what);
    }
    return setting;
  }

  private static String value(Section section, String key) {
    Setting setting = section.one(key);
    return setting == null ? null : setting.value();
  }
}
