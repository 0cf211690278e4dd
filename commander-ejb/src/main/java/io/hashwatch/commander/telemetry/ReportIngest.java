package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import io.hashwatch.commander.storage.ThisNode;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportAnswer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes a validated report of one sentry and stores it in one transaction, with the sentry's health
 * and command results, and gives the answer: what is held and the commands waiting.
 */
@Stateless
public class ReportIngest {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject DeviceCache cache;
  @Inject ThisNode thisNode;
  @Inject Event<DevicesChanged> changes;
  @Inject BeanManager beans;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  @Inject
  @ConfigProperty(name = "hashwatch.warn.temperature", defaultValue = "85")
  double warnTemperature;

  @Inject
  @ConfigProperty(name = "hashwatch.warn.hashrate-ratio", defaultValue = "0.8")
  double warnHashrateRatio;

  private WarningLimits limits;

  /** Whether anything observes the changes; when nothing does, no event is built. */
  private boolean watched;

  @PostConstruct
  void setUp() {
    watched = !beans.resolveObserverMethods(new DevicesChanged(List.of())).isEmpty();
    limits = new WarningLimits(warnTemperature, warnHashrateRatio);
  }

  /**
   * Stores the entries of {@code report} that are not held yet, and the rest of the batch.
   *
   * @return the highest sequence now stored for the sentry, and its pending commands
   * @throws UnknownSentryException when no sentry has that id
   * @throws StorageException when the database fails; the whole batch is rolled back
   */
  public ReportAnswer ingest(long sentryId, Report report) {
    try (Connection connection = dataSource.getConnection()) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      ReportWriter.Outcome outcome =
          new ReportWriter(cache, limits, thisNode.name()).write(connection, sentryId, report, now);
      if (watched && !outcome.newest().isEmpty()) {
        changes.fire(new DevicesChanged(changesOf(outcome, now)));
      }
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                cache.putAll(outcome.devices());
              }
            }
          });
      return new ReportAnswer(outcome.lastSequence(), outcome.commands());
    } catch (SQLException e) {
      throw new StorageException("storing a report of sentry " + sentryId + " failed", e);
    }
  }

  private List<DeviceChange> changesOf(ReportWriter.Outcome outcome, OffsetDateTime now) {
    Map<Long, DeviceKey> keys = new HashMap<>();
    outcome.devices().forEach((key, ref) -> keys.put(ref.id(), key));
    return outcome.newest().stream()
        .map(
            row -> {
              DeviceKey key = keys.get(row.deviceId());
              return new DeviceChange(
                  row.deviceId(),
                  key.sentryId(),
                  key.address(),
                  outcome.devices().get(key).kind(),
                  DeviceStatus.of(
                      row.result(),
                      row.time(),
                      row.summary().warning(),
                      outcome.sleeping().contains(row.deviceId()),
                      now,
                      offlineAfter),
                  row.time(),
                  row.hashrateHs(),
                  row.powerW(),
                  row.maxTempC());
            })
        .toList();
  }
}
