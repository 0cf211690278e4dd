/**
 * Miner programs on a rig (xmrig, T-Rex, lolMiner, GMiner, NBMiner, TeamRedMiner, SRBMiner,
 * ccminer, cpuminer-opt, monerod): one {@link io.hashwatch.sentry.programs.ProgramAdapter} per
 * program, each in its own package, found by their API ports or configured.
 */
package io.hashwatch.sentry.programs;
