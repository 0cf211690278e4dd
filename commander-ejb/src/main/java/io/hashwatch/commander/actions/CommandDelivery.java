package io.hashwatch.commander.actions;

import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.ReportAnswer;
import io.hashwatch.protocols.report.SentryCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The command side of one report batch, on the caller's connection and inside its transaction,
 * while the caller holds the lock on the sentry's row: that lock serializes the batches of one
 * sentry, so no two answers hand out or finish the same command at once.
 *
 * <p>Commands are delivered at least once: every answer carries all pending commands of the sentry
 * (oldest first, at most {@link ReportAnswer#MAX_COMMANDS}) until a result comes back, and the
 * sentry ignores ids it already ran. A command expires at its {@code expires} time without a
 * result; from then on it is not handed out and a result for it is ignored.
 */
public final class CommandDelivery {
  private static final String FINISH =
      "UPDATE command SET status = ?, detail = ?, finished = ?"
          + " WHERE id = ? AND sentry_id = ? AND finished IS NULL AND expires > ?";
  // One indexed range (command_sentry_pending) per batch; it is empty in the common case.
  private static final String PENDING =
      "SELECT id, address, action, pools, status, expires FROM command"
          + " WHERE sentry_id = ? AND finished IS NULL ORDER BY id";
  // A device sleeps from a sleep or power-off that succeeded until something that wakes it
  // succeeds.
  // Set-pools changes neither.
  private static final String SLEEP =
      "UPDATE device_state SET sleeping = (SELECT action IN ('SLEEP', 'POWER_OFF') FROM command"
          + " WHERE id = ?) WHERE device_id = (SELECT device_id FROM command WHERE id = ? AND"
          + " action IN ('SLEEP', 'POWER_OFF', 'WAKE', 'POWER_ON', 'POWER_CYCLE', 'RESTART',"
          + " 'REBOOT'))";
  private static final String EXPIRE =
      "UPDATE command SET status = 'EXPIRED', finished = expires"
          + " WHERE sentry_id = ? AND finished IS NULL AND expires <= ?";
  private static final String MARK_SENT =
      "UPDATE command SET status = 'SENT', sent = ? WHERE id = ? AND status = 'QUEUED'";

  private CommandDelivery() {}

  /**
   * Stores the results a sentry reported and gives the commands it is to carry out.
   *
   * @param results the batch's results; those of unknown commands, of another sentry's commands and
   *     of commands already finished or expired are ignored (the first result wins)
   * @return the sentry's pending commands, oldest first; the queued ones are now marked sent
   */
  public static List<SentryCommand> exchange(
      Connection connection, long sentryId, List<CommandResult> results, OffsetDateTime now)
      throws SQLException {
    if (!results.isEmpty()) {
      finish(connection, sentryId, results, now);
    }
    List<SentryCommand> pending = new ArrayList<>();
    List<Long> queued = new ArrayList<>();
    boolean expired = false;
    try (PreparedStatement select = connection.prepareStatement(PENDING)) {
      select.setLong(1, sentryId);
      // Expired rows among the oldest take places in this answer; the next one has them back.
      select.setMaxRows(ReportAnswer.MAX_COMMANDS);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          if (!rows.getObject(6, OffsetDateTime.class).isAfter(now)) {
            expired = true;
            continue;
          }
          long id = rows.getLong(1);
          CommandAction action = CommandAction.valueOf(rows.getString(3));
          pending.add(
              new SentryCommand(id, rows.getString(2), action, PoolsJson.read(rows.getString(4))));
          if (CommandStatus.QUEUED.name().equals(rows.getString(5))) {
            queued.add(id);
          }
        }
      }
    }
    if (expired) {
      expire(connection, sentryId, now);
    }
    if (!queued.isEmpty()) {
      markSent(connection, queued, now);
    }
    return pending;
  }

  private static void finish(
      Connection connection, long sentryId, List<CommandResult> results, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(FINISH)) {
      for (CommandResult result : results) {
        update.setString(1, CommandStatus.of(result.status()).name());
        update.setString(2, result.detail().isEmpty() ? null : result.detail());
        update.setObject(3, OffsetDateTime.ofInstant(result.time(), now.getOffset()));
        update.setLong(4, result.id());
        update.setLong(5, sentryId);
        update.setObject(6, now);
        update.addBatch();
      }
      int[] finished = update.executeBatch();
      markSleep(connection, results, finished);
    }
  }

  /** Sets or clears the sleep of the devices whose command has just succeeded. */
  private static void markSleep(Connection connection, List<CommandResult> results, int[] finished)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(SLEEP)) {
      boolean any = false;
      for (int i = 0; i < results.size(); i++) {
        // A driver may report SUCCESS_NO_INFO (-2) for a batched row: it was updated too.
        boolean done = finished[i] > 0 || finished[i] == Statement.SUCCESS_NO_INFO;
        if (done && results.get(i).status() == CommandResult.Status.SUCCEEDED) {
          update.setLong(1, results.get(i).id());
          update.setLong(2, results.get(i).id());
          update.addBatch();
          any = true;
        }
      }
      if (any) {
        update.executeBatch();
      }
    }
  }

  private static void expire(Connection connection, long sentryId, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(EXPIRE)) {
      update.setLong(1, sentryId);
      update.setObject(2, now);
      update.executeUpdate();
    }
  }

  private static void markSent(Connection connection, List<Long> ids, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
      for (long id : ids) {
        update.setObject(1, now);
        update.setLong(2, id);
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
