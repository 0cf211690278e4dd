package io.hashwatch.commander.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the sites that went dark: when one evaluation opens device-offline alerts for a large share
 * of a site's devices, a notification should say so once ("site A: 40 of 48 devices offline")
 * instead of forty times.
 */
public final class SiteOutage {
  /** A site is dark when at least this share of its devices went offline in one evaluation. */
  public static final double DEFAULT_SHARE = 0.5;

  /** Fewer offline devices than this are never a burst: two messages are not a storm. */
  static final int MIN_COUNT = 2;

  private SiteOutage() {}

  /**
   * One site that went dark.
   *
   * @param count how many of its devices went offline in this evaluation
   * @param total how many devices it has
   * @param changes the device-offline openings it stands for
   */
  public record Burst(String site, int count, int total, List<AlertChange> changes) {
    public Burst {
      changes = List.copyOf(changes);
    }
  }

  /** The bursts, and every other change in its original order. */
  public record Grouped(List<Burst> bursts, List<AlertChange> others) {
    public Grouped {
      bursts = List.copyOf(bursts);
      others = List.copyOf(others);
    }
  }

  /** How many devices each site has, by site name (devices with no site are not counted). */
  public static Map<String, Integer> devicesPerSite(List<DeviceFacts> devices) {
    Map<String, Integer> counts = new HashMap<>();
    for (DeviceFacts device : devices) {
      if (device.site() != null) {
        counts.merge(device.site(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Groups the device-offline openings of one evaluation by site, making a burst of each site where
   * they are at least {@code share} of its devices (and at least {@link #MIN_COUNT}).
   */
  public static Grouped group(
      List<AlertChange> changes, Map<String, Integer> devicesPerSite, double share) {
    Map<String, List<AlertChange>> offlineBySite = new LinkedHashMap<>();
    for (AlertChange change : changes) {
      if (isOfflineOpening(change)) {
        offlineBySite.computeIfAbsent(change.subject().site(), s -> new ArrayList<>()).add(change);
      }
    }
    List<Burst> bursts = new ArrayList<>();
    List<AlertChange> grouped = new ArrayList<>();
    offlineBySite.forEach(
        (site, offline) -> {
          int total = Math.max(devicesPerSite.getOrDefault(site, 0), offline.size());
          if (offline.size() >= MIN_COUNT && offline.size() >= share * total) {
            bursts.add(new Burst(site, offline.size(), total, offline));
            grouped.addAll(offline);
          }
        });
    List<AlertChange> others = new ArrayList<>(changes);
    others.removeAll(grouped);
    return new Grouped(bursts, others);
  }

  private static boolean isOfflineOpening(AlertChange change) {
    return change.type() == AlertChange.Type.OPENED
        && change.kind() == RuleKind.DEVICE_OFFLINE
        && change.subject().isDevice()
        && change.subject().site() != null;
  }
}
