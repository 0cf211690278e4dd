package io.hashwatch.commander.notify;

import java.time.OffsetDateTime;

/**
 * A notification's delivery state as the API and the page show it.
 *
 * @param delivered when the channel accepted it, or {@code null}
 * @param lastError why the last attempt failed, or {@code null}
 */
public record NotificationView(
    long id,
    long channelId,
    OffsetDateTime created,
    String title,
    NotificationStatus status,
    int attempts,
    OffsetDateTime nextAttempt,
    OffsetDateTime delivered,
    String lastError) {}
