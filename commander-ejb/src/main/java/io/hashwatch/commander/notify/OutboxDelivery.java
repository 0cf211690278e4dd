package io.hashwatch.commander.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Delivers the outbox: takes the due pending notifications (a bounded batch, oldest first), sends
 * each outside any transaction, and records how it went: DELIVERED; tried again after a {@link
 * Backoff} with the error kept; FAILED when refused for good or once it comes due past its expiry.
 *
 * <p>At least once: a notification sent but not marked (the commander stopped, the database failed
 * in between) is sent again. Receivers that mind can drop a second copy by its id ({@code
 * X-Hashwatch-Notification}). A channel that fails is not tried again within the same run, so a
 * hung receiver costs one timeout per run and the other channels' messages still go.
 */
public final class OutboxDelivery {
  /** How many notifications one run takes at most. */
  public static final int DEFAULT_BATCH = 50;

  private final DataSource dataSource;
  private final Senders senders;
  private final Clock clock;
  private final Backoff backoff;
  private final int batch;

  /** How one run went. */
  public record Outcome(int delivered, int retried, int failed) {}

  public OutboxDelivery(
      DataSource dataSource, Senders senders, Clock clock, Backoff backoff, int batch) {
    this.dataSource = dataSource;
    this.senders = senders;
    this.clock = clock;
    this.backoff = backoff;
    this.batch = batch;
  }

  public Outcome run() throws SQLException {
    List<NotificationRows.Due> due;
    try (Connection connection = dataSource.getConnection()) {
      due = NotificationRows.due(connection, clock.instant(), batch);
    }
    Set<Long> failing = new HashSet<>();
    int delivered = 0;
    int retried = 0;
    int failed = 0;
    for (NotificationRows.Due notification : due) {
      if (failing.contains(notification.channel().id())) {
        continue;
      }
      String notSent = notSent(notification, clock.instant());
      if (notSent != null) {
        try (Connection connection = dataSource.getConnection()) {
          NotificationRows.failed(connection, notification.id(), notification.attempts(), notSent);
        }
        failed++;
        continue;
      }
      Attempt attempt = send(notification);
      int attempts = notification.attempts() + 1;
      Instant now = clock.instant();
      try (Connection connection = dataSource.getConnection()) {
        if (attempt instanceof Attempt.Accepted) {
          NotificationRows.delivered(connection, notification.id(), attempts, now);
          delivered++;
          continue;
        }
        failing.add(notification.channel().id());
        if (attempt instanceof Attempt.Failed f && now.isBefore(notification.expires())) {
          Instant next = now.plus(backoff.after(attempts, f.retryAfter()));
          // Never later than the expiry: it then comes due once more and fails as expired.
          Instant at = next.isAfter(notification.expires()) ? notification.expires() : next;
          NotificationRows.retry(connection, notification.id(), attempts, at, f.error());
          retried++;
        } else {
          NotificationRows.failed(connection, notification.id(), attempts, error(attempt));
          failed++;
        }
      }
    }
    return new Outcome(delivered, retried, failed);
  }

  /** Why {@code notification} is given up without sending it, or {@code null} to send it. */
  private static String notSent(NotificationRows.Due notification, Instant now) {
    if (!now.isBefore(notification.expires())) {
      return "expired after "
          + notification.attempts()
          + " attempts"
          + (notification.lastError() == null ? "" : "; last: " + notification.lastError());
    }
    return notification.channel().enabled() ? null : "not sent: the channel is disabled";
  }

  private Attempt send(NotificationRows.Due notification) {
    try {
      return senders.send(
          notification.channel(),
          new Outgoing(notification.id(), notification.body()),
          clock.instant());
    } catch (RuntimeException e) {
      // A bug in one sender must not stop the others' deliveries.
      return new Attempt.Failed(e.toString(), null);
    }
  }

  private static String error(Attempt attempt) {
    if (attempt instanceof Attempt.Refused refused) {
      return refused.error();
    }
    return "expired; last: " + ((Attempt.Failed) attempt).error();
  }
}
