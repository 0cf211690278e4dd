/**
 * What the farm is made of: sites, the sentries that report from them (each with its own bearer
 * token, kept only as a SHA-256 hash) and the devices they watch.
 */
package io.hashwatch.commander.fleet;
