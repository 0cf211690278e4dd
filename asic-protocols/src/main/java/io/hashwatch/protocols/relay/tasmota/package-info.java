/**
 * Tasmota relays over HTTP (tasmota.github.io/docs/Commands and the web server source,
 * xdrv_01_webserver.ino): {@code GET /cm?cmnd=Power1%20On|Off} switches and {@code GET
 * /cm?cmnd=Power1} reads, answering {@code {"POWER1":"ON"}}, or {@code {"POWER":"ON"}} on a device
 * with one relay. {@code Status 8} answers the energy meter's {@code StatusSNS.ENERGY.Power} (one
 * figure, or one per channel) on metering devices. With a web password the query carries {@code
 * user=admin&password=...}; a wrong one gets HTTP 200 with {@code {"WARNING":"Need
 * user=<username>&password=<password>"}}, an unknown command {@code {"Command":"Unknown"}}.
 */
package io.hashwatch.protocols.relay.tasmota;
