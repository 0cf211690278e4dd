/**
 * What every sentry runs, ASIC or rig: the sweep loop, the uplink loop and the command runner
 * around one outbox, started and stopped together.
 */
package io.hashwatch.sentry.service;
