package io.hashwatch.commander.notify;

import io.hashwatch.commander.alerts.AlertChange;
import io.hashwatch.commander.alerts.AlertListener;
import io.hashwatch.commander.alerts.SiteOutage;
import io.hashwatch.commander.alerts.StoredChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one evaluation's alert changes into notifications in the outbox, in the caller's
 * transaction: the alerts and the messages about them are stored together or not at all (the
 * transactional outbox), and nothing is sent from inside a transaction.
 */
public final class AlertNotices {
  /** A message not delivered within this long is given up (FAILED). */
  public static final Duration KEEP_TRYING = Duration.ofHours(24);

  /**
   * The outbox as the alert cycle's listener: the messages about a cycle's stored changes, written
   * in its transaction, the sites' sizes taken from the facts it evaluated.
   */
  public static final AlertListener OUTBOX =
      (connection, changes, facts) ->
          enqueue(
              connection,
              changes.stream().map(StoredChange::change).toList(),
              SiteOutage.devicesPerSite(facts.devices()),
              changes.get(0).change().at());

  private AlertNotices() {}

  /**
   * Writes one notification per enabled channel that wants some of {@code changes} (their severity
   * is at least its minimum and its scope covers their subject), due at once. The device-offline
   * openings of a site that went dark are one line ("site hall-a: 40 of 48 devices offline").
   *
   * @param devicesPerSite how many devices each site has ({@link SiteOutage#devicesPerSite})
   * @return the ids of the notifications written, one per channel that had something to say
   */
  public static List<Long> enqueue(
      Connection connection,
      List<AlertChange> changes,
      Map<String, Integer> devicesPerSite,
      Instant now)
      throws SQLException {
    List<Long> written = new ArrayList<>();
    if (changes.isEmpty()) {
      return written;
    }
    for (Channel channel : ChannelRows.list(connection, true)) {
      List<AlertChange> wanted =
          changes.stream().filter(c -> channel.wants(c.severity(), c.subject())).toList();
      if (!wanted.isEmpty()) {
        Message message =
            Message.about(SiteOutage.group(wanted, devicesPerSite, SiteOutage.DEFAULT_SHARE));
        written.add(
            NotificationRows.insert(connection, channel.id(), message, now, now.plus(KEEP_TRYING)));
      }
    }
    return written;
  }

  /** Queues {@code message} for {@code channelId} alone, due at once; its id. */
  static long enqueue(Connection connection, long channelId, Message message, Instant now)
      throws SQLException {
    return NotificationRows.insert(connection, channelId, message, now, now.plus(KEEP_TRYING));
  }
}
