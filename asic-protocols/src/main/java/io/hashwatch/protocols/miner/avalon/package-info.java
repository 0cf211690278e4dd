/**
 * Canaan Avalon miners over the cgminer API (TCP 4028), as Canaan's cgminer 4.10/4.11 speaks it:
 * per-module figures packed in the {@code "MM ID<n>"} strings of {@code stats} as {@code Key[value
 * ...]} tokens, control through {@code ascset|0,<operation>,<arguments>} (the operations the
 * firmware lists for {@code ascset|0,help}). Sources: ../shared/guide PROTOCOLS.md sections 1 and
 * 6, the captured replies in fixtures avalon-asicrs and avalon-foreman, pyasic
 * miners/backends/avalonminer.py and asic-rs backends/avalonminer.
 */
package io.hashwatch.protocols.miner.avalon;
