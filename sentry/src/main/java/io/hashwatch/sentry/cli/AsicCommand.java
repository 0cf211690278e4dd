package io.hashwatch.sentry.cli;

import io.hashwatch.sentry.asic.AsicSentry;
import io.hashwatch.sentry.config.AsicConfig;
import io.hashwatch.sentry.config.AsicConfigReader;
import io.hashwatch.sentry.config.ConfigException;
import io.hashwatch.sentry.config.ConfigFile;
import io.hashwatch.sentry.config.Section;
import io.hashwatch.sentry.config.Setting;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sentry asic}: watches the ASIC miners and relays of a site and reports to the commander
 * until stopped (SIGTERM). Each flag is the config file's setting of the same name and replaces it.
 */
@Command(
    name = "asic",
    mixinStandardHelpOptions = true,
    versionProvider = SentryCommand.ManifestVersion.class,
    description = {
      "Watches the ASIC miners and relays of a site and reports to the commander until stopped.",
      "Settings come from --config FILE (sentry/README.md) and the flags, which replace the"
          + " file's settings of the same name. Secrets (--token, --password) may be env:NAME or"
          + " file:PATH."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped",
      "1:could not start (the outbox cannot be opened)",
      "2:a wrong setting, flag or config file; the message names its line or flag"
    })
final class AsicCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "The config file.")
  Path config;

  @Option(
      names = "--commander",
      paramLabel = "URL",
      description = "A commander's base URL; repeat for each commander, tried in order.")
  List<String> commanders;

  @Option(
      names = "--commander-return",
      paramLabel = "DURATION",
      description = "While on another, how often the first commander is tried again; default 30s.")
  String commanderReturn;

  @Option(names = "--id", paramLabel = "ID", description = "This sentry's id on the commander.")
  String id;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "The sentry's token: env:NAME or file:PATH (a plain token shows in ps).")
  String token;

  @Option(
      names = "--devices",
      paramLabel = "LIST",
      description =
          "Miners (host[:port]), ranges (10.0.0.5-10.0.0.80) and CIDR blocks (10.0.1.0/24) to"
              + " search, comma-separated.")
  List<String> devices;

  @Option(names = "--interval", paramLabel = "DURATION", description = "Default 30s.")
  String interval;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "One poll at most; default 10s (at most half the interval).")
  String timeout;

  @Option(names = "--concurrency", paramLabel = "N", description = "Polls at once; default 256.")
  String concurrency;

  @Option(names = "--outbox", paramLabel = "DIR", description = "The outbox directory.")
  String outbox;

  @Option(names = "--outbox-max-size", paramLabel = "SIZE", description = "Such as 512MiB.")
  String outboxMaxSize;

  @Option(names = "--outbox-max-age", paramLabel = "DURATION", description = "Such as 7d.")
  String outboxMaxAge;

  @Option(names = "--outbox-fsync", paramLabel = "POLICY", description = "always, batch, never.")
  String outboxFsync;

  @Option(names = "--port", paramLabel = "PORT", description = "The miners' API port; 4028.")
  String port;

  @Option(names = "--web-port", paramLabel = "PORT", description = "Their web port; 80.")
  String webPort;

  @Option(names = "--user", paramLabel = "USER", description = "Web/API user of --devices.")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description = "Web/API password of --devices: env:NAME or file:PATH.")
  String password;

  @Option(
      names = "--discover-every",
      paramLabel = "DURATION",
      description = "How often ranges are searched; default 10m.")
  String discoverEvery;

  private final Map<String, String> environment;
  private final Clock clock;

  AsicCommand(Map<String, String> environment, Clock clock) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
  }

  @Override
  public Integer call() throws InterruptedException {
    return Foreground.run(
        spec,
        "asic",
        this::settings,
        AsicConfig::outbox,
        settings -> AsicSentry.start(settings, clock, SentryCommand.version()));
  }

  AsicConfig settings() throws ConfigException {
    String origin = config == null ? "the command line" : config.toString();
    List<Section> sections =
        config == null
            ? List.of(new Section(Section.Kind.SENTRY, "", origin, Map.of()))
            : ConfigFile.read(config, ConfigFile.Flavour.ASIC);
    return AsicConfigReader.read(sections, flags(), environment, origin);
  }

  private List<Setting> flags() {
    List<Setting> flags = new ArrayList<>();
    each(flags, "commander", commanders);
    each(flags, "devices", devices);
    one(flags, "commander-return", commanderReturn);
    one(flags, "id", id);
    one(flags, "token", token);
    one(flags, "interval", interval);
    one(flags, "timeout", timeout);
    one(flags, "concurrency", concurrency);
    one(flags, "outbox", outbox);
    one(flags, "outbox-max-size", outboxMaxSize);
    one(flags, "outbox-max-age", outboxMaxAge);
    one(flags, "outbox-fsync", outboxFsync);
    one(flags, "port", port);
    one(flags, "web-port", webPort);
    one(flags, "user", user);
    one(flags, "password", password);
    one(flags, "discover-every", discoverEvery);
    return flags;
  }

  private static void each(List<Setting> flags, String key, List<String> values) {
    if (values != null) {
      values.forEach(value -> one(flags, key, value));
    }
  }

  private static void one(List<Setting> flags, String key, String value) {
    if (value != null) {
      flags.add(new Setting(key, value, "--" + key));
    }
  }
}
