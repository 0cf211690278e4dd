/**
 * monerod's built-in RandomX CPU miner (Monero daemon): its HTTP RPC, default port 18081 (mainnet;
 * regtest keeps it), {@code /mining_status}, {@code /start_mining}, {@code /stop_mining} and the
 * JSON-RPC method {@code get_info} at {@code /json_rpc} (docs.getmonero.org, Daemon RPC).
 */
package io.hashwatch.sentry.programs.monerod;
