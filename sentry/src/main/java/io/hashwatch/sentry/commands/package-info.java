/**
 * The commands a commander hands its sentry in the answer to a batch (docs/API.md), run by a {@link
 * io.hashwatch.sentry.commands.CommandRunner} through a {@link
 * io.hashwatch.sentry.commands.CommandExecutor}: for an ASIC sentry, restart, reboot, sleep, wake
 * and set-pools through the miner's driver, power-off, power-on and power-cycle through the relay
 * that powers the device; for a rig sentry, {@code io.hashwatch.sentry.rig.RigCommandExecution}.
 * Each runs once per sentry life; its result waits in memory for the next batch.
 */
package io.hashwatch.sentry.commands;
