/**
 * LuxOS (Luxor's firmware for Antminers) over its cgminer-compatible API on TCP 4028, {@code
 * LUXminer} in the replies: the usual report commands plus {@code fans}, {@code temps} and {@code
 * power}; privileged commands take a session id, from {@code session} or {@code logon}, as their
 * first parameter. Sources: ../shared/guide PROTOCOLS.md sections 1 and 6, the captured replies in
 * fixtures luxos, pyasic rpc/luxminer.py and miners/backends/luxminer.py, asic-rs
 * backends/luxminer.
 *
 * <p>Pools: {@code addpool} with {@code url,user,password[,group]}, {@code switchpool} and {@code
 * removepool} with the pool's {@code POOL} number, as pyasic (rpc/luxminer.py) and asic-rs
 * (LUXMinerRPCAPI) send them. Neither these nor {@code addgroup}/{@code removegroup} take a session
 * id: Luxor's own luxos-tooling (src/luxos/api.json) lists them all with {@code "logon_required":
 * false}, beside {@code curtail}, {@code rebootdevice} and {@code resetminer} with true. A
 * replacement still holds a session of its own throughout, because LuxOS sessions are how actors
 * keep from changing a miner's configuration at once (docs.luxor.tech firmware/api/sessions). Each
 * pool belongs to a group ({@code GROUP} in the pools reply; groups split the hashrate by quota,
 * the pools of one group fail over top to bottom: docs.luxor.tech firmware/configuration
 * pools_groups); new pools go to the group the current ones are in, and a miner whose pools span
 * several groups is left alone. LuxOS's own status codes for these commands were not captured.
 */
package io.hashwatch.protocols.miner.luxos;
