/**
 * Remote relay controllers that switch the power of miners: a {@link
 * io.hashwatch.protocols.relay.RelayDriver} per relay family (one sub-package each: {@code
 * shelly1}, {@code shelly2}, {@code tasmota}, {@code modbus}) with on, off, state and power cycle
 * (off, wait, on, read back). Every outcome is a {@link io.hashwatch.protocols.relay.RelayResult}:
 * the state the relay reports (with its power when it meters) or a failure in words; nothing a
 * device or a network does throws.
 *
 * <p>A relay is named by a URL, read by {@link io.hashwatch.protocols.relay.RelayUrl} (used by
 * {@code sentry relay URL on|off|cycle|state}):
 *
 * <pre>
 * shelly1://[user:password@]host[:port][/relay][?options]     Shelly Gen1, relay from 0 (default 0)
 * shelly2://[admin:password@]host[:port][/switch][?options]   Shelly Gen2/Gen3 RPC, switch id from 0
 * tasmota://[admin:password@]host[:port][/relay][?options]    Tasmota, relay from 1 (default 1)
 * modbus://host[:port]/[unit/U/]coil/C[?options]              Modbus TCP, coil from 0, unit 1 by default
 *
 * options: off=10s      how long a power cycle leaves the relay off (default 10s)
 *          connect=3s   connect timeout (default 3s)
 *          timeout=5s   timeout of one exchange (default 5s)
 *          durations are a whole number with ms, s (the default) or m
 * </pre>
 *
 * Ports default to 80 (HTTP) and 502 (Modbus). The user may be left out ({@code :password@}):
 * Shelly Gen2+ and Tasmota always use {@code admin}, Shelly Gen1 suggests it. A password with
 * {@code @}, {@code :} or {@code /} is percent-encoded ({@code %40}, {@code %3A}, {@code %2F}).
 * Examples: {@code shelly1://10.0.0.5/0}, {@code shelly2://admin:pw@10.0.0.6/0}, {@code
 * tasmota://10.0.0.7/1}, {@code modbus://10.0.0.8:502/unit/1/coil/0}, {@code
 * shelly1://10.0.0.5/0?off=30s}.
 */
package io.hashwatch.protocols.relay;
