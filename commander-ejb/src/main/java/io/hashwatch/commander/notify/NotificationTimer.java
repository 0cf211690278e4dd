package io.hashwatch.commander.notify;

import io.hashwatch.commander.storage.FarmLease;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.ThisNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
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
 * Every 10 seconds, on the one node of the farm that holds the lease {@value #LEASE}: delivers the
 * due notifications ({@link OutboxDelivery}). The timer is not persistent, so it fires on every
 * node; the lease makes one node send. Bean-managed transactions: nothing is sent inside one.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class NotificationTimer {
  static final String LEASE = "notifications";
  // Renewed every 10 s by its holder; taken over by another node after a minute of silence.
  private static final Duration LEASE_TTL = Duration.ofMinutes(1);
  private static final System.Logger LOG = System.getLogger(NotificationTimer.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject ThisNode thisNode;

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

  @PostConstruct
  void start() {
    MailSettings mail =
        new MailSettings(
            smtpHost.orElse(null),
            smtpPort,
            smtpUser.filter(user -> !user.isBlank()).orElse(null),
            smtpPassword.orElse(null),
            smtpFrom,
            MailSettings.Security.fromWire(smtpSecurity),
            Duration.ofSeconds(10));
    delivery =
        new OutboxDelivery(
            dataSource,
            new Senders(HttpSettings.DEFAULT, mail),
            Clock.systemUTC(),
            Backoff.DEFAULT,
            OutboxDelivery.DEFAULT_BATCH);
  }

  @Schedule(
      second = "*/10",
      minute = "*",
      hour = "*",
      persistent = false,
      info = "notification delivery")
  void everyTenSeconds() {
    try {
      if (!new FarmLease(dataSource)
          .tryTake(LEASE, thisNode.name(), LEASE_TTL, OffsetDateTime.now(ZoneOffset.UTC))) {
        return;
      }
      OutboxDelivery.Outcome outcome = delivery.run();
      if (outcome.retried() + outcome.failed() > 0) {
        LOG.log(System.Logger.Level.INFO, "Notifications: {0}", outcome);
      }
    } catch (SQLException | RuntimeException e) {
      // Whatever was not marked stays pending and goes in a later run (at least once).
      LOG.log(System.Logger.Level.WARNING, "Notification delivery failed; retried in 10 s", e);
    }
  }
}
