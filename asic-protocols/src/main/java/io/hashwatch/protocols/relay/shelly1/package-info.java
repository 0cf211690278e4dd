/**
 * Shelly Gen1 relays (Shelly 1, 1PM, 2.5, Plug S...) over their HTTP API
 * (shelly-api-docs.shelly.cloud/gen1): {@code GET /relay/N?turn=on|off} switches and {@code GET
 * /relay/N} reads, both answering {@code {"ison":true,...}} (real replies of a Plug S in
 * fixtures/shelly-gen1-plug-s); {@code GET /meter/N} gives {@code power} on the metering models and
 * is missing on the others. Authentication is off by default and HTTP Basic when on.
 */
package io.hashwatch.protocols.relay.shelly1;
