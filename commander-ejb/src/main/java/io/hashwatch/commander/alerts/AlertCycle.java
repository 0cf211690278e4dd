package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.LocalTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One evaluation of the rules against the database: reads the rules and the farm's facts, runs the
 * {@link RuleEngine}, and stores what changed in one transaction with whatever the {@link
 * AlertListener} writes (the notifications). The memory it is handed is first squared with the open
 * alerts of the table ({@link OpenAlerts}), so a node that took the lease over, or never ran,
 * neither opens a second alert nor forgets an open one; an opening whose alert is open already is
 * skipped, as is a resolution of an alert that is not open.
 */
public final class AlertCycle {
  private final DataSource dataSource;
  private final FarmFactsReader facts;
  private final AlertListener listener;

  /** What one cycle did: the memory for the next, and the changes it stored. */
  public record Outcome(Conditions memory, List<StoredChange> changes) {
    public Outcome {
      changes = List.copyOf(changes);
    }
  }

  /**
   * @param offlineAfter the commander's offline window ({@code hashwatch.offline.after})
   * @param listener hears of the stored changes in the cycle's transaction
   */
  public AlertCycle(DataSource dataSource, Duration offlineAfter, AlertListener listener) {
    this.dataSource = dataSource;
    this.facts = new FarmFactsReader(offlineAfter);
    this.listener = listener;
  }

  /**
   * Evaluates at {@code now}.
   *
   * @param memory the previous cycle's memory on this node, or {@code null} when there is none
   */
  public Outcome run(Instant now, Conditions memory) throws SQLException {
    RuleRows.seedDefaults(dataSource, now.atOffset(ZoneOffset.UTC));
    return LocalTransaction.run(dataSource, connection -> evaluate(connection, now, memory));
  }

  private Outcome evaluate(Connection connection, Instant now, Conditions memory)
      throws SQLException {
    List<AlertRule> rules = RuleRows.list(connection).stream().map(StoredRule::rule).toList();
    FarmFacts farm = facts.read(connection, now);
    Conditions known = OpenAlerts.squared(connection, memory);
    Evaluation evaluation = RuleEngine.evaluate(now, rules, farm, known);
    List<StoredChange> stored = new ArrayList<>();
    for (AlertChange change : evaluation.changes()) {
      store(connection, change).ifPresent(id -> stored.add(new StoredChange(id, change)));
    }
    if (!stored.isEmpty()) {
      listener.stored(connection, stored, farm);
    }
    return new Outcome(evaluation.memory(), stored);
  }

  private static Optional<Long> store(Connection connection, AlertChange change)
      throws SQLException {
    return switch (change.type()) {
      case OPENED -> AlertRows.open(connection, change);
      case RESOLVED -> AlertRows.resolve(connection, change.key(), change.at(), change.message());
    };
  }
}
