/**
 * LuxOS (Luxor's firmware for Antminers) over its cgminer-compatible API on TCP 4028, {@code
 * LUXminer} in the replies: the usual report commands plus {@code fans}, {@code temps} and {@code
 * power}; privileged commands take a session id, from {@code session} or {@code logon}, as their
 * first parameter. Sources: ../shared/guide PROTOCOLS.md sections 1 and 6, the captured replies in
 * fixtures luxos, pyasic rpc/luxminer.py and miners/backends/luxminer.py, asic-rs
 * backends/luxminer.
 */
package io.hashwatch.protocols.miner.luxos;
