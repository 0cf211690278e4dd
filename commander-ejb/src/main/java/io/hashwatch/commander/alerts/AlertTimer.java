package io.hashwatch.commander.alerts;

import io.hashwatch.commander.notify.AlertNotices;
import io.hashwatch.commander.storage.FarmLease;
import io.hashwatch.commander.storage.FarmTimer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.ThisNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code hashwatch.alerts.every} (30 s), on the one node of the farm that holds the lease
 * {@value #LEASE}: one {@link AlertCycle}. The timer is not persistent, so it fires on every node;
 * the lease makes the work happen once. The engine's memory stays here between runs, and is dropped
 * whenever this node did not hold the lease on its previous run (another node's alerts may have
 * changed meanwhile): the cycle then rebuilds it from the open alerts. An interval timer rather
 * than a {@code @Schedule} so that its period is configuration (the failover test shortens it).
 * Bean-managed transactions: the cycle commits its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class AlertTimer {
  static final String LEASE = "alerts";
  // Renewed every run by its holder; taken over by another node after two missed runs (90 s at
  // 30 s), so that offline detection moves within 2 minutes of a node's death. An overlap opens
  // nothing twice: the open key is unique.
  private static final int LEASE_RUNS = 3;
  private static final System.Logger LOG = System.getLogger(AlertTimer.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TimerService timers;

  @Inject ThisNode thisNode;

  @Inject
  @ConfigProperty(name = "hashwatch.alerts.every", defaultValue = "PT30S")
  Duration every;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  @Inject Event<AlertsChanged> alertsChanged;

  private Conditions memory;
  private Duration lease;

  @PostConstruct
  void start() {
    lease = FarmTimer.start(timers, every, LEASE_RUNS, "alert rules evaluation");
  }

  @Timeout
  void evaluate() {
    Instant now = Instant.now();
    try {
      if (!new FarmLease(dataSource)
          .tryTake(LEASE, thisNode.name(), lease, now.atOffset(ZoneOffset.UTC))) {
        memory = null; // another node works; its alerts will be read back on a takeover
        return;
      }
      AlertCycle.Outcome outcome =
          new AlertCycle(dataSource, offlineAfter, AlertNotices.OUTBOX).run(now, memory);
      memory = outcome.memory();
      if (!outcome.changes().isEmpty()) {
        alertsChanged.fire(new AlertsChanged(outcome.changes(), counts()));
      }
    } catch (SQLException | RuntimeException e) {
      memory = null; // the cycle rolled back: rebuild from the table next time
      LOG.log(System.Logger.Level.WARNING, "Alert evaluation failed; retried next run", e);
    }
  }

  private AlertCounts counts() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return AlertCounts.read(connection);
    }
  }
}
