package io.hashwatch.sentry.cli;

import io.hashwatch.sentry.config.ConfigException;
import io.hashwatch.sentry.config.ConfigFile;
import io.hashwatch.sentry.config.RigConfig;
import io.hashwatch.sentry.config.RigConfigReader;
import io.hashwatch.sentry.config.Setting;
import io.hashwatch.sentry.host.Hostname;
import io.hashwatch.sentry.rig.RigSentry;
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
 * {@code sentry rig --config FILE}: watches this rig (the machine, its GPUs, its miner programs)
 * and reports to the commander until stopped (SIGTERM).
 */
@Command(
    name = "rig",
    mixinStandardHelpOptions = true,
    versionProvider = SentryCommand.ManifestVersion.class,
    description = {
      "Watches this mining rig (the machine, its GPUs and its miner programs) and reports to the"
          + " commander until stopped.",
      "Settings come from --config FILE (sentry/README.md, sentry/examples/rig-sentry.conf); the"
          + " flags replace the file's settings of the same name. --token may be env:NAME or"
          + " file:PATH."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped",
      "1:could not start (the outbox cannot be opened)",
      "2:a wrong setting, flag or config file; the message names its line or flag"
    })
final class RigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", required = true, description = "The config.")
  Path config;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "The sentry's token: env:NAME or file:PATH (a plain token shows in ps).")
  String token;

  @Option(names = "--interval", paramLabel = "DURATION", description = "Default 10s.")
  String interval;

  @Option(names = "--outbox", paramLabel = "DIR", description = "The outbox directory.")
  String outbox;

  private final Map<String, String> environment;
  private final Clock clock;

  RigCommand(Map<String, String> environment, Clock clock) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
  }

  @Override
  public Integer call() throws InterruptedException {
    return Foreground.run(
        spec,
        "rig",
        this::settings,
        RigConfig::outbox,
        settings -> RigSentry.start(settings, clock, SentryCommand.version()));
  }

  RigConfig settings() throws ConfigException {
    List<Setting> flags = new ArrayList<>();
    add(flags, "token", token);
    add(flags, "interval", interval);
    add(flags, "outbox", outbox);
    return RigConfigReader.read(
        ConfigFile.read(config, ConfigFile.Flavour.RIG),
        flags,
        environment,
        config.toString(),
        Hostname.local());
  }

  private static void add(List<Setting> flags, String key, String value) {
    if (value != null) {
      flags.add(new Setting(key, value, "--" + key));
    }
  }
}
