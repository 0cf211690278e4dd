/**
 * Shelly Gen2 and Gen3 relays (Plus, Pro, Mini...) over JSON-RPC 2.0 on HTTP
 * (shelly-api-docs.shelly.cloud/gen2, components Switch and Authentication): {@code GET
 * /rpc/Switch.Set?id=N&on=true|false} answers {@code {"was_on":...}}, {@code GET
 * /rpc/Switch.GetStatus?id=N} answers {@code output} and, on metering models, {@code apower}. An
 * error is a JSON-RPC error object {@code {"code":-105,"message":"..."}}. Authentication, when on,
 * is HTTP Digest with SHA-256 (RFC 7616), user always {@code admin}, realm the device id.
 */
package io.hashwatch.protocols.relay.shelly2;
