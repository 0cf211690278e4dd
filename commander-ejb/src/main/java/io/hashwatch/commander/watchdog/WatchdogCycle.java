package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.actions.CommandRows;
import io.hashwatch.commander.actions.NewCommand;
import io.hashwatch.commander.storage.LocalTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One run of the watchdog: reads its settings and the facts, asks {@link WatchdogPolicy}, and
 * writes each device's decision in a transaction of its own (its command, its progress, its alert),
 * so that one device's trouble stops no other. Runs on one node at a time (the lease).
 */
public final class WatchdogCycle {
  /** Who the action log says created the watchdog's commands. */
  public static final String CREATED_BY = "watchdog";

  /** The rule id of the watchdog's alerts. */
  public static final String RULE_ID = "watchdog";

  private static final System.Logger LOG = System.getLogger(WatchdogCycle.class.getName());

  /**
   * What a run did.
   *
   * @param enabled whether the watchdog was on; nothing else happened when it was not
   */
  public record Outcome(boolean enabled, int commands, int opened, int resolved, int failed) {}

  private final DataSource dataSource;
  private final Clock clock;
  private final Duration offlineAfter;
  private final Duration commandExpiry;

  /**
   * @param offlineAfter the fleet's offline window (a device not heard of for longer is offline)
   * @param commandExpiry how long a command waits for its result
   */
  public WatchdogCycle(
      DataSource dataSource, Clock clock, Duration offlineAfter, Duration commandExpiry) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.offlineAfter = offlineAfter;
    this.commandExpiry = commandExpiry;
  }

  public Outcome run() throws SQLException {
    Instant now = clock.instant();
    WatchdogSettings settings = new SettingsStore(dataSource).read().settings();
    if (!settings.enabled()) {
      return new Outcome(false, 0, 0, 0, 0);
    }
    int commands = 0;
    int opened = 0;
    int resolved = 0;
    int failed = 0;
    for (Decision decision : decide(now, settings)) {
      if (!decision.changes()) {
        continue;
      }
      try {
        LocalTransaction.run(dataSource, connection -> write(connection, decision, now));
        commands += decision.send() == null ? 0 : 1;
        opened += decision.alert() == Decision.Alert.OPEN ? 1 : 0;
        resolved += decision.alert() == Decision.Alert.RESOLVE ? 1 : 0;
      } catch (SQLException | RuntimeException e) {
        failed++;
        LOG.log(
            System.Logger.Level.WARNING,
            "The watchdog could not record its step for device " + decision.device().id(),
            e);
      }
    }
    return new Outcome(true, commands, opened, resolved, failed);
  }

  /** The policy's decisions on the facts as they stand at {@code now}. */
  List<Decision> decide(Instant now, WatchdogSettings settings) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      List<WatchedDevice> devices = WatchedDevices.read(connection, now, offlineAfter);
      Map<Long, Progress> progress = ProgressRows.all(connection);
      return WatchdogPolicy.decide(now, settings, devices, progress);
    }
  }

  private Void write(Connection connection, Decision decision, Instant now) throws SQLException {
    WatchedDevice device = decision.device();
    Progress after = decision.after();
    if (decision.send() != null) {
      OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
      NewCommand command = new NewCommand(device.id(), decision.send(), List.of(), CREATED_BY);
      long id =
          CommandRows.insert(connection, command, at, at.plus(commandExpiry))
              .orElseThrow(() -> new SQLException("device " + device.id() + " is gone"));
      after = after.withCommand(id);
    }
    if (after == null) {
      ProgressRows.delete(connection, device.id());
    } else {
      ProgressRows.save(connection, decision.before(), after);
    }
    if (decision.alert() == Decision.Alert.OPEN) {
      NeedsHands.open(
          connection,
          device,
          decision.message(),
          after.failingSince() == null ? now : after.failingSince(),
          now);
    } else if (decision.alert() == Decision.Alert.RESOLVE) {
      NeedsHands.resolve(connection, device, now);
    }
    return null;
  }
}
