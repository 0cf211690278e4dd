/**
 * The time-series path: sentry reports stored idempotently by sentry and sequence with batched
 * JDBC, the latest state per device, and readings read back by time range. JPA is for the domain
 * model; this path writes many rows at once and stays in plain SQL that runs on H2 and PostgreSQL.
 */
package io.hashwatch.commander.telemetry;
