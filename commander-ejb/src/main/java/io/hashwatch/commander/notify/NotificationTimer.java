package io.hashwatch.commander.notify;

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
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code hashwatch.notifications.every} (10 s), on the one node of the farm that holds the
 * lease {@value #LEASE}: delivers the due notifications ({@link OutboxDelivery}). The timer is not
 * persistent, so it fires on every node; the lease makes one node send. An interval timer, so that
 * its period is configuration (the failover test shortens it). Bean-managed transactions: nothing
 * is sent inside one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class NotificationTimer {
  static final String LEASE = "notifications";
  // Renewed every run by its holder; taken over by another node after six runs of silence (a
  // minute at 10 s): a short silence is worth little, the outbox waits in the database.
  private static final int LEASE_RUNS = 6;
  private static final System.Logger LOG = System.getLogger(NotificationTimer.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TimerService timers;

  @Inject ThisNode thisNode;

  @Inject
  @ConfigProperty(name = "hashwatch.notifications.every", defaultValue = "PT10S")
  Duration every;

  @Inject
  @ConfigProperty(name = "hashwatch.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "hashwatch.smtp.port", defaultValue = "587")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "hashwatch.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "hashwatch.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "hashwatch.smtp.from", defaultValue = MailSettings.DEFAULT_FROM)
  String smtpFrom;

  @Inject
  @ConfigProperty(name = "hashwatch.smtp.security", defaultValue = "starttls")
  String smtpSecurity;

  private OutboxDelivery delivery;
  private Duration lease;

  @PostConstruct
  void start() {
    delivery =
        new OutboxDelivery(
            dataSource,
            senders(),
            Clock.systemUTC(),
            Backoff.DEFAULT,
            OutboxDelivery.DEFAULT_BATCH);
    lease = FarmTimer.start(timers, every, LEASE_RUNS, "notification delivery");
  }

  /**
   * A wrong SMTP setting keeps e-mails from going, said on each of them and in the log; it neither
   * stops the other channels nor keeps the commander from starting.
   */
  private Senders senders() {
    try {
      return new Senders(
          HttpSettings.DEFAULT,
          new MailSettings(
              smtpHost.orElse(null),
              smtpPort,
              smtpUser.filter(user -> !user.isBlank()).orElse(null),
              smtpPassword.orElse(null),
              smtpFrom,
              MailSettings.Security.fromWire(smtpSecurity),
              Duration.ofSeconds(10)));
    } catch (IllegalArgumentException wrong) {
      LOG.log(System.Logger.Level.ERROR, "E-mail channels cannot send: {0}", wrong.getMessage());
      return Senders.withUnusableMail(HttpSettings.DEFAULT, wrong.getMessage());
    }
  }

  @Timeout
  void deliver() {
    try {
      if (!new FarmLease(dataSource)
          .tryTake(LEASE, thisNode.name(), lease, OffsetDateTime.now(ZoneOffset.UTC))) {
        return;
      }
      OutboxDelivery.Outcome outcome = delivery.run();
      if (outcome.retried() + outcome.failed() > 0) {
        LOG.log(System.Logger.Level.INFO, "Notifications: {0}", outcome);
      }
    } catch (SQLException | RuntimeException e) {
      // Whatever was not marked stays pending and goes in a later run (at least once).
      LOG.log(System.Logger.Level.WARNING, "Notification delivery failed; retried next run", e);
    }
  }
}
