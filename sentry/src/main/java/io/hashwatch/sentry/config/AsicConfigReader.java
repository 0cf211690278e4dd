package io.hashwatch.sentry.config;

import io.hashwatch.protocols.miner.MinerTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the sections of a config (with the flags laid over the sentry's own settings) and builds
 * the {@link AsicConfig}: defaults filled in, values in range, secrets resolved, every miner in one
 * group and powered by one relay at most. Every error names where the value was given.
 */
public final class AsicConfigReader {
  /** The variable the {@code report} command also reads, used when no token is given. */
  public static final String TOKEN_VARIABLE = "HASHWATCH_SENTRY_TOKEN";

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_DISCOVER_EVERY = Duration.ofMinutes(10);
  public static final int DEFAULT_CONCURRENCY = 256;
  public static final int DEFAULT_PORT = 4028;
  public static final int DEFAULT_WEB_PORT = 80;

  private final Map<String, String> environment;
  private final String origin;

  /**
   * @param origin what a missing setting is reported against: the config file, or "the command
   *     line" when there is none
   */
  private AsicConfigReader(Map<String, String> environment, String origin) {
    this.environment = Map.copyOf(environment);
    this.origin = origin;
  }

  /**
   * @param sections the config file's sections ({@link ConfigFile#read}), or just a sentry section
   *     when there is no file
   * @param flags settings from flags, which replace the sentry section's settings of the same key
   */
  public static AsicConfig read(
      List<Section> sections, List<Setting> flags, Map<String, String> environment, String origin)
      throws ConfigException {
    return new AsicConfigReader(environment, origin).read(override(sections, flags));
  }

  static List<Section> override(List<Section> sections, List<Setting> flags) {
    Map<String, List<Setting>> byKey = new HashMap<>();
    flags.forEach(flag -> byKey.computeIfAbsent(flag.key(), key -> new ArrayList<>()).add(flag));
    List<Section> result = new ArrayList<>(sections);
    Section sentry = result.get(0);
    for (Map.Entry<String, List<Setting>> flag : byKey.entrySet()) {
      sentry = sentry.with(flag.getKey(), flag.getValue());
    }
    result.set(0, sentry);
    return result;
  }

  private AsicConfig read(List<Section> sections) throws ConfigException {
    SentrySettings sentry = new SentrySettings(sections.get(0), environment, origin);
    String id = sentry.id();
    Duration interval = sentry.interval(DEFAULT_INTERVAL);
    Duration timeout = sentry.timeout(interval, DEFAULT_TIMEOUT);
    int port = sentry.port();
    List<MinerGroup> groups = new ArrayList<>();
    groups.add(group(MinerGroup.DEFAULT, sections.get(0), port));
    for (Section section : sections.subList(1, sections.size())) {
      if (section.kind() == Section.Kind.GROUP) {
        groups.add(group(section.name(), section, port));
      }
    }
    DeviceIndex index = new DeviceIndex();
    index.addGroups(groups, sections);
    List<RelayConfig> relays = new ArrayList<>();
    for (Section section : sections.subList(1, sections.size())) {
      if (section.kind() == Section.Kind.RELAY) {
        relays.add(index.addRelay(RelaySection.read(section, environment, port)));
      }
    }
    if (index.isEmpty() && relays.isEmpty()) {
      throw new ConfigException(
          origin + ": nothing to watch: give devices = ... (or --devices) or a [relay URL]");
    }
    return new AsicConfig(
        id,
        sentry.commanders(id),
        sentry.commanderReturn(),
        sentry.token(),
        interval,
        timeout,
        sentry.concurrency(),
        sentry.discoverEvery(DEFAULT_DISCOVER_EVERY),
        sentry.outbox(),
        sentry.outboxSettings(),
        groups,
        relays);
  }

  private MinerGroup group(String name, Section section, int defaultPort) throws ConfigException {
    int port =
        section.kind() == Section.Kind.SENTRY || section.one("port") == null
            ? defaultPort
            : section.one("port").integer(1, 65535);
    List<MinerAddress> miners = new ArrayList<>();
    List<DiscoveryRange> ranges = new ArrayList<>();
    for (Setting devices : section.all("devices")) {
      try {
        DeviceList.Parsed parsed = DeviceList.parse(devices.value(), port);
        miners.addAll(parsed.miners());
        ranges.addAll(parsed.ranges());
      } catch (IllegalArgumentException e) {
        throw devices.problem(e.getMessage());
      }
    }
    if (section.kind() == Section.Kind.GROUP && miners.isEmpty() && ranges.isEmpty()) {
      throw new ConfigException(section.where() + ": [group " + name + "] has no devices = ...");
    }
    int webPort =
        section.one("web-port") == null
            ? DEFAULT_WEB_PORT
            : section.one("web-port").integer(1, 65535);
    return new MinerGroup(name, miners, ranges, credentials(section), webPort);
  }

  private MinerTarget.Credentials credentials(Section section) throws ConfigException {
    Setting user = section.one("user");
    Setting password = section.one("password");
    return new MinerTarget.Credentials(
        user == null ? null : user.value(),
        password == null ? null : Secrets.resolve(password, environment));
  }
}
