package io.hashwatch.sentry.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that a config names each thing once: group names, miners (in one group only), relays, and
 * the relay that powers each miner.
 */
final class DeviceIndex {
  private final Map<String, String> groupOfMiner = new HashMap<>();
  private final Map<String, String> relayWhere = new HashMap<>();
  private final Map<String, String> relayOfMiner = new HashMap<>();
  private boolean ranges;

  void addGroups(List<MinerGroup> groups, List<Section> sections) throws ConfigException {
    Map<String, Section> groupSections = new HashMap<>();
    for (Section section : sections) {
      if (section.kind() == Section.Kind.GROUP) {
        Section earlier = groupSections.putIfAbsent(section.name(), section);
        if (earlier != null || section.name().equals(MinerGroup.DEFAULT)) {
          throw new ConfigException(
              section.where()
                  + ": [group "
                  + section.name()
                  + "] "
                  + (earlier != null
                      ? "is given twice (first at " + earlier.where() + ")"
                      : "is the name of the sentry's own devices: choose another name"));
        }
      }
    }
    for (MinerGroup group : groups) {
      ranges |= !group.ranges().isEmpty();
      for (MinerAddress miner : group.miners()) {
        String earlier = groupOfMiner.putIfAbsent(miner.address(), group.name());
        if (earlier != null) {
          throw new ConfigException(
              where(group, sections)
                  + ": the miner "
                  + miner.address()
                  + (earlier.equals(group.name())
                      ? " is listed twice in this group"
                      : " is also in the group " + earlier));
        }
      }
    }
  }

  RelayConfig addRelay(RelaySection.Read relay) throws ConfigException {
    String earlier = relayWhere.putIfAbsent(relay.config().address(), relay.where());
    if (earlier != null) {
      throw new ConfigException(
          relay.where()
              + ": the relay "
              + relay.config().address()
              + " is given twice (first at "
              + earlier
              + ")");
    }
    for (String miner : relay.config().powers()) {
      String other = relayOfMiner.putIfAbsent(miner, relay.config().address());
      if (other != null) {
        throw new ConfigException(
            relay.where() + ": the miner " + miner + " is already powered by the relay " + other);
      }
    }
    return relay.config();
  }

  /** Whether no group names a miner or a range. */
  boolean isEmpty() {
    return groupOfMiner.isEmpty() && !ranges;
  }

  private static String where(MinerGroup group, List<Section> sections) {
    for (Section section : sections) {
      boolean same =
          group.name().equals(MinerGroup.DEFAULT)
              ? section.kind() == Section.Kind.SENTRY
              : section.kind() == Section.Kind.GROUP && section.name().equals(group.name());
      if (same) {
        return section.all("devices").isEmpty()
            ? section.where()
            : section.all("devices").get(0).where();
      }
    }
    return group.name();
  }
}
