package io.hashwatch.commander.live;

import io.hashwatch.commander.alerts.AlertBoard;
import io.hashwatch.commander.alerts.AlertCounts;
import io.hashwatch.commander.alerts.AlertsChanged;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.ThisNode;
import io.hashwatch.commander.telemetry.DeviceChange;
import io.hashwatch.commander.telemetry.DevicesChanged;
import io.hashwatch.commander.telemetry.IngestedElsewhere;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code hashwatch.live.poll} (1 s), on every node (per node: no lease): fires, for this
 * node's pages, the same {@link DevicesChanged} its own ingest fires, with the devices the other
 * nodes stored ({@link IngestedElsewhere}); and every {@value #COUNTS_EVERY_SECONDS} s an {@link
 * AlertsChanged} without changes when the open alerts' counts differ from the last this node's
 * pages were told (the alert cycle runs on one node only). Not persistent, an interval timer so
 * that its period is configuration. No transaction: the pages' observers hear of it at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LiveFeedTimer {
  static final long COUNTS_EVERY_SECONDS = 5;
  private static final System.Logger LOG = System.getLogger(LiveFeedTimer.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TimerService timers;

  @Inject ThisNode thisNode;
  @Inject Event<DevicesChanged> devicesChanged;
  @Inject Event<AlertsChanged> alertsChanged;

  @Inject
  @ConfigProperty(name = "hashwatch.live.poll", defaultValue = "PT1S")
  Duration poll;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicReference<AlertCounts> told = new AtomicReference<>();
  private IngestedElsewhere elsewhere;
  private Instant countsRead = Instant.EPOCH;
  private boolean failing;

  @PostConstruct
  void start() {
    elsewhere =
        new IngestedElsewhere(
            dataSource,
            Clock.systemUTC(),
            thisNode.name(),
            offlineAfter,
            IngestedElsewhere.Settings.DEFAULT);
    long period = Math.max(100, poll.toMillis());
    timers.createIntervalTimer(period, period, new TimerConfig("live feed", false));
  }

  /** Whatever fired it (the alert cycle or this feed), the pages were told these counts. */
  public void told(@Observes AlertsChanged change) {
    told.set(change.counts());
  }

  @Timeout
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return; // the previous tick is still reading: this one would read the same
    }
    try {
      List<DeviceChange> changes = elsewhere.next();
      if (!changes.isEmpty()) {
        devicesChanged.fire(new DevicesChanged(changes));
      }
      Instant now = Instant.now();
      if (!now.isBefore(countsRead.plusSeconds(COUNTS_EVERY_SECONDS))) {
        countsRead = now;
        AlertCounts counts = new AlertBoard(dataSource, Clock.systemUTC()).counts();
        if (!counts.equals(told.get())) {
          alertsChanged.fire(new AlertsChanged(List.of(), counts));
        }
      }
      failing = false;
    } catch (SQLException | RuntimeException e) {
      // Nothing is lost: the next tick reads from the same place. Said once per outage.
      LOG.log(
          failing ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING,
          "Reading what the other nodes stored failed; retried next tick",
          e);
      failing = true;
    } finally {
      running.set(false);
    }
  }
}
