package io.hashwatch.commander.fleet;

import java.util.Locale;
import java.util.Set;

/**
 * Which devices a list shows.
 *
 * @param search a case-insensitive part of the address, make, model or pool; {@code null} or blank
 *     for all
 * @param statuses only devices in one of these; empty for all
 */
public record DeviceFilter(String search, Set<DeviceStatus> statuses) {
  public static final DeviceFilter ALL = new DeviceFilter(null, Set.of());
  static final int MAX_SEARCH = 256;

  public DeviceFilter {
    search = search == null || search.isBlank() ? null : search.strip();
    if (search != null && search.length() > MAX_SEARCH) {
      throw new IllegalArgumentException("a search is at most " + MAX_SEARCH + " characters");
    }
    statuses = Set.copyOf(statuses);
  }

  /** The search as a LIKE pattern with escape character {@code !}, or {@code null}. */
  String likePattern() {
    if (search == null) {
      return null;
    }
    String escaped =
        search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
