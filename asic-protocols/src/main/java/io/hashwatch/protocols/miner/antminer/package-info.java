/**
 * Bitmain Antminer stock firmware (bmminer, and the 2023+ "cgminer 1.0.0" builds of S19/S21):
 * figures from the cgminer RPC API on TCP 4028 (ckolivas/cgminer API-README; the bmminer STATS
 * layout as recorded by delawr0190/foreman-apps, 256foundation/asic-rs and UpstreamData/pyasic),
 * actions through the web CGI under {@code /cgi-bin/} with HTTP Digest (user root, password root)
 * as pyasic's {@code AntminerModernWebAPI} and {@code AntminerOldWebAPI} and Foreman's {@code
 * StockChangePoolsAction} use it: {@code reboot.cgi}, {@code get_miner_conf.cgi} and {@code
 * set_miner_conf.cgi} (JSON with {@code miner-mode} on X19 and later, {@code _ant_*} form fields
 * before). See ../shared/guide/PROTOCOLS.md sections 0 and 1.
 */
package io.hashwatch.protocols.miner.antminer;
