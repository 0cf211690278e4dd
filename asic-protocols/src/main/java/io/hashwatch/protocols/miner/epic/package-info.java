/**
 * ePIC's UMC firmware (PowerPlay), which serves JSON over HTTP on the cgminer port 4028 instead of
 * the cgminer protocol: {@code GET /summary}, {@code /capabilities}, {@code /hashrate}; POSTs with
 * a password for actions. Sources: ../shared/guide PROTOCOLS.md section 6, the captured replies in
 * fixtures epic-umc, ePIC's API v2 description of the POST bodies, pyasic web/epic.py and
 * miners/backends/epic.py, asic-rs backends/epic.
 */
package io.hashwatch.protocols.miner.epic;
