package io.hashwatch.sentry.cli;

import io.hashwatch.sentry.uplink.UplinkSettings;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code sentry} command: only its subcommands do anything. */
@Command(
    name = "sentry",
    mixinStandardHelpOptions = true,
    versionProvider = SentryCommand.ManifestVersion.class,
    description = "Hashwatch sentry: watches a farm's devices and reports to the commander.")
public final class SentryCommand {

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv(), Clock.systemUTC()).execute(args));
  }

  /** The whole command tree, reading the token variable from {@code environment}. */
  public static CommandLine commandLine(Map<String, String> environment, Clock clock) {
    return new CommandLine(new SentryCommand())
        .addSubcommand(new ReportCommand(environment, clock, UplinkSettings.DEFAULTS))
        .addSubcommand(new ProbeCommand())
        .addSubcommand(new ScanCommand())
        .addSubcommand(new SimulateCommand())
        .addSubcommand(new RelayCommand())
        .addSubcommand(new AsicCommand(environment, clock));
  }

  /** The version the build wrote into the jar's manifest. */
  static final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SentryCommand.class.getPackage().getImplementationVersion();
      return new String[] {"sentry " + (version == null ? "(development build)" : version)};
    }
  }
}
