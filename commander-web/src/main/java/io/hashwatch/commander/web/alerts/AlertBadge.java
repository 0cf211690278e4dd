package io.hashwatch.commander.web.alerts;

import io.hashwatch.commander.alerts.AlertBoard;
import io.hashwatch.commander.alerts.AlertCounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The nav's count of open alerts as the page is rendered; the live updates keep it current after
 * (data-live-alerts).
 */
@Named("alertBadge")
@RequestScoped
public class AlertBadge {
  private static final System.Logger LOG = System.getLogger(AlertBadge.class.getName());

  @Inject AlertBoard board;

  private AlertCounts counts;

  public int getOpen() {
    if (counts == null) {
      try {
        counts = board.counts();
      } catch (RuntimeException e) { // the database is away: every page still renders
        LOG.log(System.Logger.Level.DEBUG, "counting the open alerts failed", e);
        counts = AlertCounts.NONE;
      }
    }
    return counts.open();
  }
}
