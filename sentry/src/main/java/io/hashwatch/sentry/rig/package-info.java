/**
 * The rig sentry: one mining rig's host, GPUs and miner programs read every interval and reported
 * as the devices {@code RIG}, {@code RIG/gpu/BUS} and {@code RIG/NAME} (docs/READING.md), and the
 * commands for them carried out through the programs' APIs, their systemd units and the shell
 * commands of the rig's config.
 */
package io.hashwatch.sentry.rig;
