package io.hashwatch.commander.notify;

import io.hashwatch.commander.fleet.DuplicateNameException;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The notification channels admins set up, their test messages, and the outbox's state. */
@Stateless
public class ChannelStore {
  // The SQL state of a unique violation (the channel's name), on PostgreSQL and H2 alike.
  private static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  /** Every channel, by name. */
  public List<Channel> list() {
    try (Connection connection = dataSource.getConnection()) {
      return ChannelRows.list(connection, false);
    } catch (SQLException e) {
      throw new StorageException("listing the notification channels failed", e);
    }
  }

  public Optional<Channel> find(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return ChannelRows.find(connection, id);
    } catch (SQLException e) {
      throw new StorageException("reading channel " + id + " failed", e);
    }
  }

  /**
   * Stores a new channel.
   *
   * @throws DuplicateNameException when a channel of its name exists
   */
  public Channel create(Channel channel) {
    try (Connection connection = dataSource.getConnection()) {
      return channel.withId(ChannelRows.insert(connection, channel, OffsetDateTime.now(clock)));
    } catch (SQLException e) {
      throw failure(e, channel, "storing channel " + channel.name() + " failed");
    }
  }

  /**
   * Replaces channel {@code id} with {@code channel}.
   *
   * @return the stored channel, or empty when there is no channel {@code id}
   * @throws DuplicateNameException when another channel has its name
   */
  public Optional<Channel> update(long id, Channel channel) {
    try (Connection connection = dataSource.getConnection()) {
      return ChannelRows.update(connection, id, channel)
          ? Optional.of(channel.withId(id))
          : Optional.empty();
    } catch (SQLException e) {
      throw failure(e, channel, "changing channel " + id + " failed");
    }
  }

  /** Deletes channel {@code id} and its notifications; whether there was one. */
  public boolean delete(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return ChannelRows.delete(connection, id);
    } catch (SQLException e) {
      throw new StorageException("deleting channel " + id + " failed", e);
    }
  }

  /**
   * Queues "Hashwatch test message from {@code user}" for channel {@code id}, delivered like any
   * other notification.
   *
   * @return the notification's id, or empty when there is no channel {@code id}
   */
  public Optional<Long> queueTest(long id, String user) {
    try (Connection connection = dataSource.getConnection()) {
      if (ChannelRows.find(connection, id).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(AlertNotices.enqueue(connection, id, Message.test(user), clock.instant()));
    } catch (SQLException e) {
      throw new StorageException("queueing a test message for channel " + id + " failed", e);
    }
  }

  /**
   * The newest notifications first, at most {@code limit}.
   *
   * @param channelId only this channel's, or {@code null} for all
   * @param status only those in this status, or {@code null} for all
   */
  public List<NotificationView> notifications(
      Long channelId, NotificationStatus status, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return NotificationRows.list(connection, channelId, status, limit);
    } catch (SQLException e) {
      throw new StorageException("listing notifications failed", e);
    }
  }

  private static RuntimeException failure(SQLException e, Channel channel, String what) {
    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
      return new DuplicateNameException("a channel named " + channel.name() + " exists already");
    }
    return new StorageException(what, e);
  }
}
