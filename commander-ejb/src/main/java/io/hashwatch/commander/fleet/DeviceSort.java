package io.hashwatch.commander.fleet;

/** What a device list is sorted by; ties are broken by id. Absent figures sort last. */
public enum DeviceSort {
  ADDRESS("t.address"),
  MODEL("t.model"),
  /** Worst first: offline, error, warning, no-data, unknown, sleeping, online. */
  STATUS(DeviceStatus.SQL_RANK.formatted("t.status")),
  HASHRATE("t.hashrate_hs"),
  TEMPERATURE("t.max_temp_c"),
  POWER("t.power_w"),
  LAST_SEEN("t.last_seen");

  private final String column;

  DeviceSort(String column) {
    this.column = column;
  }

  String orderBy(boolean descending) {
    return column + (descending ? " DESC" : " ASC") + " NULLS LAST, t.id";
  }
}
