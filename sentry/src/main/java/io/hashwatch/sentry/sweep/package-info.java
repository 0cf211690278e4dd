/**
 * The ASIC sentry's sweep: every interval, one poll of every watched miner (through the driver
 * identification found for it, asked again when the miner stops answering as expected) and relay,
 * with bounded concurrency and a timeout per poll, each result appended to the outbox; and the
 * discovery that adds the miners found in the config's ranges.
 */
package io.hashwatch.sentry.sweep;
