package io.hashwatch.commander.actions;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes commands for devices and reads them back. */
@Stateless
public class CommandStore {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /** How long a command waits for its result before it expires (ISO-8601 duration). */
  @Inject
  @ConfigProperty(name = "hashwatch.commands.expire-after", defaultValue = "PT10M")
  Duration expireAfter;

  Clock clock = Clock.systemUTC();

  /**
   * Queues {@code command} for the device's sentry, to the device's address there.
   *
   * @return the command as stored, or empty when there is no such device
   */
  public Optional<CommandView> create(NewCommand command) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    try (Connection connection = dataSource.getConnection()) {
      Optional<Long> id = CommandRows.insert(connection, command, now, now.plus(expireAfter));
      return id.isEmpty() ? Optional.empty() : CommandRows.find(connection, id.get());
    } catch (SQLException e) {
      throw new StorageException(
          "storing a command for device " + command.deviceId() + " failed", e);
    }
  }

  public Optional<CommandView> find(long id) {
    try (Connection connection = dataSource.getConnection()) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      return CommandRows.find(connection, id).map(command -> command.at(now));
    } catch (SQLException e) {
      throw new StorageException("reading command " + id + " failed", e);
    }
  }

  /**
   * The newest commands first, at most {@code limit}.
   *
   * @param deviceId only this device's commands, or {@code null} for all
   * @param status only commands in this status, or {@code null} for all
   */
  public List<CommandView> list(Long deviceId, CommandStatus status, int limit) {
    return list(new CommandFilter(deviceId, status, null, null, null, null, limit));
  }

  /** The newest commands first that pass {@code filter}, as they stand now. */
  public List<CommandView> list(CommandFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      return CommandRows.list(connection, filter, now).stream()
          .map(command -> command.at(now))
          .toList();
    } catch (SQLException e) {
      throw new StorageException("listing commands failed", e);
    }
  }
}
