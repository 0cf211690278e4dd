/**
 * Notification channels for admins: the API ({@code /api/v1/channels}, {@code
 * /api/v1/notifications}, docs/API.md) and the channels page. Secrets are written, never shown
 * back: the API and the page only say whether one is set.
 */
package io.hashwatch.commander.web.notify;
