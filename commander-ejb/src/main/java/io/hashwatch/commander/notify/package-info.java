/**
 * Notifications about alerts: channels (a signed JSON webhook, a Discord webhook, a Telegram bot,
 * e-mail over SMTP with Jakarta Mail), each with its own minimum severity and scope, and a
 * transactional outbox. {@link io.hashwatch.commander.notify.AlertNotices} writes one message per
 * channel in the transaction that stores the alerts, so a message exists exactly when its alerts
 * do; {@link io.hashwatch.commander.notify.OutboxDelivery} sends it later, outside any transaction,
 * at least once, retrying with exponential back-off until it expires.
 */
package io.hashwatch.commander.notify;
