package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportAnswer;
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

  /**
   * Stores the entries of {@code report} that are not held yet, and the rest of the batch.
   *
   * @return the highest sequence now stored for the sentry, and its pending commands
   * @throws UnknownSentryException when no sentry has that id
   * @throws StorageException when the database fails; the whole batch is rolled back
   */
  public ReportAnswer ingest(long sentryId, Report report) {
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
      return new ReportAnswer(outcome.lastSequence(), outcome.commands());
    } catch (SQLException e) {
      throw new StorageException("storing a report of sentry " + sentryId + " failed", e);
    }
  }
}
