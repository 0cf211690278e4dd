/**
 * Commands to devices: an operator asks for one (restart, reboot, sleep, wake, set pools, relay
 * off/on/cycle), the commander hands it to the device's sentry in the answer to each of its report
 * batches until the sentry reports a result or the command expires (at least once while pending:
 * the sentry ignores ids it already ran), and keeps the outcome. Plain JDBC, like the telemetry
 * path it runs inside: the delivery shares the report's transaction and its lock on the sentry row.
 */
package io.hashwatch.commander.actions;
