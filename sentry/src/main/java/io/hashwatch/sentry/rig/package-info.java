/**
 * The CPU/GPU rig sentry: every interval it reads the machine, its GPUs and its miner programs,
 * joins the programs' per-GPU hashrate to the GPUs' telemetry, stores one entry per device in the
 * outbox, and carries out the commander's commands on the programs and the host.
 */
package io.hashwatch.sentry.rig;
