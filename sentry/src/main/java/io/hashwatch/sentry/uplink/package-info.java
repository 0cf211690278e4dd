/**
 * The sentry's side of the commander's ingest API, {@code POST /api/v1/sentries/{id}/reports}
 * (docs/API.md), over HTTP/1.1 with a bearer token; refusals arrive as RFC 9457 problem details.
 * Expected failures come back as {@link io.hashwatch.sentry.uplink.SendResult} values, not
 * exceptions, so a caller can retry or give up without guessing. {@link
 * io.hashwatch.sentry.uplink.UplinkLoop} drains the outbox through {@link
 * io.hashwatch.sentry.uplink.Uplink}: batches in sequence order, acknowledgment of what the
 * commander holds, backoff with jitter and failover over the commander URLs.
 */
package io.hashwatch.sentry.uplink;
