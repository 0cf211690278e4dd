package io.hashwatch.commander.alerts;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Hears of the alerts one cycle opened and resolved, inside the cycle's transaction, before it
 * commits: what it writes on {@code connection} (the notifications outbox) is stored together with
 * the alerts or not at all. Throwing rolls the whole cycle back.
 */
@FunctionalInterface
public interface AlertListener {
  /** Hears nothing: for a cycle that notifies no one. */
  AlertListener NONE = (connection, changes, facts) -> {};

  /**
   * @param changes the cycle's stored changes, never empty
   * @param facts what the cycle evaluated (for site sizes in a grouped message)
   */
  void stored(Connection connection, List<StoredChange> changes, FarmFacts facts)
      throws SQLException;
}
