package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.storage.FarmLease;
import io.hashwatch.commander.storage.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
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
@TransactionManagement(TransactionManagementType.BEAN)
public class WatchdogTimer {
  static final String LEASE = "watchdog";
  private static final System.Logger LOG = System.getLogger(WatchdogTimer.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TimerService timers;

  /** This node's name in the lease; a host name and a random suffix when not set. */
  @Inject
  @ConfigProperty(name = "hashwatch.node")
  Optional<String> node;

  @Inject
  @ConfigProperty(name = "hashwatch.watchdog.every", defaultValue = "PT30S")
  Duration every;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  @Inject
  @ConfigProperty(name = "hashwatch.commands.expire-after", defaultValue = "PT10M")
  Duration commandExpiry;

  private String holder;

  @PostConstruct
  void start() {
    holder = node.filter(name -> !name.isBlank()).orElseGet(WatchdogTimer::hostAndRandom);
    long period = Math.max(1_000, every.toMillis());
    timers.createIntervalTimer(period, period, new TimerConfig("watchdog", false));
  }

  @Timeout
  void run() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      // Renewed every run; taken over by another node after three missed runs.
      if (!new FarmLease(dataSource).tryTake(LEASE, holder, every.multipliedBy(3), now)) {
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

  private static String hostAndRandom() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "commander";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
