package io.hashwatch.commander.telemetry;

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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code hashwatch.rollups.every} (1 min), on the one node of the farm that holds the lease
 * {@value #LEASE}: rolls readings up ({@link Rollups}) and deletes what is past its keeping time
 * ({@link Retention}). The timer is not persistent, so it fires on every node (and survives
 * restarts); the lease makes the work happen once. An interval timer, so that its period is
 * configuration (the failover test shortens it). Bean-managed transactions: both commit in short
 * steps of their own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class RollupTimer {
  static final String LEASE = "telemetry-rollup";
  // Renewed every run by its holder; taken over by another node after one missed run (90 s at one
  // a minute), so that a dead node's rollups move within 150 s. A run that outlasts the lease is
  // harmless: each step locks its watermark row and replaces its range, so two runs never double a
  // bucket.
  private static final double LEASE_RUNS = 1.5;
  private static final int STEPS_PER_RUN = 10;
  private static final int DELETE_BATCH = 5_000;
  private static final int DELETE_BATCHES_PER_RUN = 20;
  private static final System.Logger LOG = System.getLogger(RollupTimer.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TimerService timers;

  @Inject ThisNode thisNode;

  @Inject
  @ConfigProperty(name = "hashwatch.rollups.every", defaultValue = "PT1M")
  Duration every;

  @Inject
  @ConfigProperty(name = "hashwatch.retention.raw", defaultValue = "P7D")
  Duration keepRaw;

  @Inject
  @ConfigProperty(name = "hashwatch.retention.five-minutes", defaultValue = "P90D")
  Duration keepFiveMinutes;

  @Inject
  @ConfigProperty(name = "hashwatch.retention.hourly", defaultValue = "P730D")
  Duration keepHourly;

  private Duration lease;

  @PostConstruct
  void start() {
    lease = FarmTimer.start(timers, every, LEASE_RUNS, "telemetry rollups and retention");
  }

  @Timeout
  void rollUpAndDelete() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      if (!new FarmLease(dataSource).tryTake(LEASE, thisNode.name(), lease, now)) {
        return;
      }
      Rollups.Outcome rolled =
          new Rollups(
                  dataSource,
                  new Rollups.Settings(Rollups.Settings.DEFAULT_GRACE, STEPS_PER_RUN, keepRaw))
              .run(now);
      Retention.Outcome deleted =
          new Retention(
                  dataSource,
                  new Retention.Settings(
                      keepRaw, keepFiveMinutes, keepHourly, DELETE_BATCH, DELETE_BATCHES_PER_RUN))
              .run(now);
      LOG.log(System.Logger.Level.DEBUG, "Rollups {0}, retention {1}", rolled, deleted);
    } catch (SQLException | RuntimeException e) {
      // The next run starts again from the watermarks: nothing half-done stays.
      LOG.log(System.Logger.Level.WARNING, "Rollups and retention failed; retried next run", e);
    }
  }
}
