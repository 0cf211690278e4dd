package io.hashwatch.commander.alerts;

import java.util.List;

/**
 * The CDI event of one alert cycle that opened or resolved alerts, fired after it committed, on the
 * node that ran it; or, with no changes, by {@code live.LiveFeedTimer} on a node whose pages were
 * last told other counts than the table's (the cycle of another node changed them).
 *
 * @param counts the open alerts by severity after the cycle
 */
public record AlertsChanged(List<StoredChange> changes, AlertCounts counts) {
  public AlertsChanged {
    changes = List.copyOf(changes);
  }
}
