/**
 * The ASIC sentry as a running service ({@code sentry asic}): the sweep, discovery, uplink and
 * command loops around one outbox, started from an {@link io.hashwatch.sentry.config.AsicConfig}
 * and stopped gracefully on SIGTERM.
 */
package io.hashwatch.sentry.asic;
