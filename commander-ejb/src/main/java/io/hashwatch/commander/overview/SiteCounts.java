package io.hashwatch.commander.overview;

import io.hashwatch.commander.fleet.DeviceStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many devices of one site are in each status.
 *
 * @param site the site's name; empty for the devices of sentries without a site, {@code null} for
 *     the whole farm
 */
public record SiteCounts(String site, Map<DeviceStatus, Long> counts) {

  public SiteCounts {
    EnumMap<DeviceStatus, Long> all = new EnumMap<>(DeviceStatus.class);
    for (DeviceStatus status : DeviceStatus.values()) {
      all.put(status, counts.getOrDefault(status, 0L));
    }
    counts = Map.copyOf(all);
  }

  public long count(DeviceStatus status) {
    return counts.get(status);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
