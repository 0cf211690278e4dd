package io.hashwatch.sentry.config;

import io.hashwatch.sentry.gpus.GpuSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the sections of a rig sentry's config (with the flags laid over its own settings) and
 * builds the {@link RigConfig}: defaults filled in, values in range, secrets resolved, each program
 * named once. Every error names where the value was given.
 */
public final class RigConfigReader {
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_DISCOVER_EVERY = Duration.ofMinutes(5);
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(60);
  public static final String DEFAULT_NVIDIA_SMI = "nvidia-smi";
  public static final String DEFAULT_ROCM_SMI = "rocm-smi";

  private final Map<String, String> environment;
  private final String origin;
  private final String hostname;

  private RigConfigReader(Map<String, String> environment, String origin, String hostname) {
    this.environment = Map.copyOf(environment);
    this.origin = origin;
    this.hostname = hostname;
  }

  /**
   * @param sections the config file's sections ({@link ConfigFile#read} with {@link
   *     ConfigFile.Flavour#RIG}), or just a rig section when there is no file
   * @param flags settings from flags, which replace the rig section's settings of the same key
   * @param origin what a missing setting is reported against: the config file, or "the command
   *     line" when there is none
   * @param hostname the machine's name, the rig's name unless {@code name} is given
   */
  public static RigConfig read(
      List<Section> sections,
      List<Setting> flags,
      Map<String, String> environment,
      String origin,
      String hostname)
      throws ConfigException {
    return new RigConfigReader(environment, origin, hostname)
        .read(AsicConfigReader.override(sections, flags));
  }

  private RigConfig read(List<Section> sections) throws ConfigException {
    Section rig = sections.get(0);
    SentrySettings sentry = new SentrySettings(rig, environment, origin);
    String id = sentry.id();
    Duration interval = sentry.interval(DEFAULT_INTERVAL);
    return new RigConfig(
        id,
        sentry.commanders(id),
        sentry.commanderReturn(),
        sentry.token(),
        name(rig),
        interval,
        sentry.timeout(interval, DEFAULT_TIMEOUT),
        sentry.outbox(),
        sentry.outboxSettings(),
        gpus(rig.one("gpus")),
        tool(rig.one("nvidia-smi"), DEFAULT_NVIDIA_SMI),
        tool(rig.one("rocm-smi"), DEFAULT_ROCM_SMI),
        discover(rig.one("discover")),
        sentry.discoverEvery(DEFAULT_DISCOVER_EVERY),
        rig.one("reboot-command") == null ? null : rig.one("reboot-command").value(),
        sentry.duration(
            "command-timeout", DEFAULT_COMMAND_TIMEOUT, Duration.ofSeconds(1), Duration.ofHours(1)),
        programs(sections));
  }

  private String name(Section rig) throws ConfigException {
    Setting given = rig.one("name");
    if (given != null) {
      if (!ProgramConfig.NAME.matcher(given.value()).matches()) {
        throw given.problem(
            "the rig's name starts its devices' addresses: 1 to 64 letters, digits, '.', '_' or"
                + " '-', not '"
                + given.value()
                + "'");
      }
      return given.value();
    }
    if (hostname == null || !ProgramConfig.NAME.matcher(hostname).matches()) {
      throw new ConfigException(
          origin
              + ": the hostname '"
              + hostname
              + "' cannot be the rig's name (1 to 64 letters, digits, '.', '_' or '-'):"
              + " give name = ...");
    }
    return hostname;
  }

  private static GpuSettings.Mode gpus(Setting setting) throws ConfigException {
    if (setting == null) {
      return GpuSettings.Mode.AUTO;
    }
    try {
      return GpuSettings.Mode.parse(setting.value());
    } catch (IllegalArgumentException e) {
      throw setting.problem("must be auto, nvidia, amd or none, not '" + setting.value() + "'");
    }
  }

  private static String tool(Setting setting, String fallback) {
    return setting == null ? fallback : setting.value();
  }

  private static boolean discover(Setting setting) throws ConfigException {
    if (setting == null) {
      return true;
    }
    return switch (setting.value().toLowerCase(Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      default -> throw setting.problem("must be on or off, not '" + setting.value() + "'");
    };
  }

  private List<ProgramConfig> programs(List<Section> sections) throws ConfigException {
    List<ProgramConfig> programs = new ArrayList<>();
    Map<String, Section> byName = new HashMap<>();
    Map<String, ProgramConfig> byUrl = new HashMap<>();
    for (Section section : sections.subList(1, sections.size())) {
      Section earlier = byName.putIfAbsent(section.name(), section);
      if (earlier != null) {
        throw new ConfigException(
            section.where()
                + ": [program "
                + section.name()
                + "] is given twice (first at "
                + earlier.where()
                + ")");
      }
      ProgramConfig program = ProgramSection.read(section, environment);
      ProgramConfig sameUrl = byUrl.putIfAbsent(program.endpoint().url().toString(), program);
      if (sameUrl != null) {
        throw section
            .one("url")
            .problem("[program " + sameUrl.name() + "] has this url already: one program per API");
      }
      programs.add(program);
    }
    return programs;
  }
}
