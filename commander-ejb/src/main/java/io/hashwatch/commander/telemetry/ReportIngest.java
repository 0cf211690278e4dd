package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import io.hashwatch.protocols.report.Report;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** Takes a validated report of one sentry and stores it in one transaction. */
@Stateless
public class ReportIngest {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject DeviceCache cache;

  /**
   * Stores the entries of {@code report} that are not held yet.
   *
   * @return the highest sequence now stored for the sentry
   * @throws UnknownSentryException when no sentry has that id
   * @throws StorageException when the database fails; the whole batch is rolled back
   */
  public long ingest(long sentryId, Report report) {
    try (Connection connection = dataSource.getConnection()) {
      ReportWriter.Outcome outcome =
          new ReportWriter(cache)
              .write(connection, sentryId, report, OffsetDateTime.now(ZoneOffset.UTC));
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
      return outcome.lastSequence();
    } catch (SQLException e) {
      throw new StorageException("storing a report of sentry " + sentryId + " failed", e);
    }
  }
}
