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

  private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

  public static void main(String[] args) {
    // One line per record, time first: what journald and a tail -f want to read.
    if (System.getProperty(LOG_FORMAT) == null) {
      System.setProperty(LOG_FORMAT, "%1$tF %1$tT %4$s %5$s%6$s%n");
    }
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
        .addSubcommand(new AsicCommand(environment, clock))
        .addSubcommand(new RigCommand(environment, clock))
        .addSubcommand(new DemoCommand(environment, clock));
  }

  /** The version the build wrote into the jar's manifest, as sentries report it. */
  static String version() {
    String version = SentryCommand.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
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
