/**
 * What each miner model should have: boards, chips per board, fans and nominal hashrate, as data
 * (models.csv beside this package), so that a reading can say "2 of 3 boards" without a subclass
 * per model.
 */
package io.hashwatch.protocols.model;
