/**
 * The commander's database: the data source (H2 file by default, PostgreSQL in production, chosen
 * by MicroProfile Config), Flyway migrations that run unchanged on both, and the readiness check.
 */
package io.hashwatch.commander.storage;
