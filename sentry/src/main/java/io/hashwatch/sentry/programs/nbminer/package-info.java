/**
 * NBMiner (NVIDIA and AMD GPU miner) through its REST API, {@code GET /api/v1/status}, as
 * NebuTech/NBMiner's readme documents it, with the fields later versions add ({@code pci_bus_id},
 * {@code invalid_shares}, {@code stratum.algorithm}) as HiveOS's {@code h-stats.sh} reads them.
 */
package io.hashwatch.sentry.programs.nbminer;
