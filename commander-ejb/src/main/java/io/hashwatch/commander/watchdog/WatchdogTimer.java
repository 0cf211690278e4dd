package io.hashwatch.commander.watchdog;

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
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the watchdog every {@code hashwatch.watchdog.every} (30 s) on the one node of the farm that
 * holds the lease {@value #LEASE}, as {@code telemetry.RollupTimer} does its work. The timer is not
 * persistent, so it fires on every node and survives restarts; an interval timer rather than a
 * {@code @Schedule} so that its period is configuration (the end-to-end test runs it every few
 * seconds). Bean-managed transactions: each device's step commits on its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class WatchdogTimer {
  static final String LEASE = "watchdog";
  // Renewed every run; taken over by another node after three missed runs.
  private static final int LEASE_RUNS = 3;
  private static final System.Logger LOG = System.getLogger(WatchdogTimer.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TimerService timers;

  @Inject ThisNode thisNode;

  @Inject
  @ConfigProperty(name = "hashwatch.watchdog.every", defaultValue = "PT30S")
  Duration every;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  @Inject
  @ConfigProperty(name = "hashwatch.commands.expire-after", defaultValue = "PT10M")
  Duration commandExpiry;

  private Duration lease;

  @PostConstruct
  void start() {
    lease = FarmTimer.start(timers, every, LEASE_RUNS, "watchdog");
  }

  @Timeout
  void run() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      if (!new FarmLease(dataSource).tryTake(LEASE, thisNode.name(), lease, now)) {
        return;
      }
      WatchdogCycle.Outcome outcome =
          new WatchdogCycle(dataSource, Clock.systemUTC(), offlineAfter, commandExpiry).run();
      LOG.log(System.Logger.Level.DEBUG, "Watchdog run: {0}", outcome);
    } catch (SQLException | RuntimeException e) {
      // Its progress is in the database: the next run goes on from there.
      LOG.log(System.Logger.Level.WARNING, "The watchdog's run failed; retried next run", e);
    }
  }
}
