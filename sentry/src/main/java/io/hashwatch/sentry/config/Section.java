package io.hashwatch.sentry.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One part of the config: the sentry's own settings (before any header), a {@code [group NAME]} of
 * miners or a {@code [relay URL]} of an ASIC sentry, a {@code [program NAME]} of a rig sentry. Each
 * kind takes its own keys; some may be given several times.
 *
 * @param name the group's or program's name or the relay's URL; empty for the sentry's own settings
 * @param where where the section starts, for errors about the section as a whole
 */
public record Section(Kind kind, String name, String where, Map<String, List<Setting>> settings) {

  /**
   * The kinds of section and the keys each takes: an ASIC sentry's own settings with its groups and
   * relays, or a rig sentry's own settings with its programs ({@link ConfigFile.Flavour}).
   */
  public enum Kind {
    SENTRY(
        null,
        Set.of(
            "commander",
            "commander-return",
            "id",
            "token",
            "interval",
            "timeout",
            "concurrency",
            "outbox",
            "outbox-max-size",
            "outbox-max-age",
            "outbox-fsync",
            "devices",
            "port",
            "web-port",
            "user",
            "password",
            "discover-every"),
        Set.of("commander", "devices")),
    GROUP("group", Set.of("devices", "port", "web-port", "user", "password"), Set.of("devices")),
    RELAY("relay", Set.of("powers", "user", "password"), Set.of("powers")),
    RIG(
        null,
        Set.of(
            "commander",
            "commander-return",
            "id",
            "token",
            "name",
            "interval",
            "timeout",
            "outbox",
            "outbox-max-size",
            "outbox-max-age",
            "outbox-fsync",
            "gpus",
            "nvidia-smi",
            "rocm-smi",
            "discover",
            "discover-every",
            "reboot-command",
            "command-timeout"),
        Set.of("commander")),
    PROGRAM(
        "program",
        Set.of(
            "type",
            "url",
            "token",
            "unit",
            "restart-command",
            "stop-command",
            "start-command",
            "miner-address",
            "threads"),
        Set.of());

    private final String header;
    private final Set<String> keys;
    private final Set<String> repeatable;

    Kind(String header, Set<String> keys, Set<String> repeatable) {
      this.header = header;
      this.keys = keys;
      this.repeatable = repeatable;
    }

    /**
     * The word that opens such a section ({@code group} of {@code [group NAME]}); null for the
     * settings before the first section.
     */
    public String header() {
      return header;
    }

    public Set<String> keys() {
      return keys;
    }

    public boolean repeatable(String key) {
      return repeatable.contains(key);
    }
  }

  public Section {
    Map<String, List<Setting>> copy = new LinkedHashMap<>();
    settings.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    settings = Collections.unmodifiableMap(copy);
  }

  /** The one value of {@code key}, or {@code null} when it is not given. */
  public Setting one(String key) {
    List<Setting> values = settings.getOrDefault(key, List.of());
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /** Every value of a repeatable {@code key}, in order. */
  public List<Setting> all(String key) {
    return settings.getOrDefault(key, List.of());
  }

  /** This section with {@code key}'s values replaced (a flag overrides the file). */
  public Section with(String key, List<Setting> values) {
    Map<String, List<Setting>> copy = new LinkedHashMap<>(settings);
    copy.put(key, new ArrayList<>(values));
    return new Section(kind, name, where, copy);
  }
}
