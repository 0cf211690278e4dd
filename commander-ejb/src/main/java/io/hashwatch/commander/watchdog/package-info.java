/**
 * The watchdog: brings a hung device back without hands. A device that hashes nothing or does not
 * answer for the trigger time is taken up a ladder of commands (restart, reboot, power-cycle
 * through its relay), each after the wait of the one before (at once when one fails), at most a few
 * ladders a day; when the whole ladder did not help it opens the alert "needs hands". The decisions
 * are a pure {@link io.hashwatch.commander.watchdog.WatchdogPolicy} over the devices' latest facts
 * and the stored progress, so that every rule of the ladder is tested with a clock in hand; {@link
 * io.hashwatch.commander.watchdog.WatchdogCycle} reads and writes around it, on the one node
 * holding the lease {@code watchdog}. Every step is a command in the action log, created by {@code
 * watchdog}.
 */
package io.hashwatch.commander.watchdog;
