/**
 * What each miner model should have: boards, chips per board, fans and nominal hashrate, as data
 * (one CSV file per maker in this package's resources, with the sources of the figures), so that a
 * reading can say "2 of 3 boards" without a subclass per model.
 */
package io.hashwatch.protocols.model;
