/**
 * The records a sentry sends to its commander and what the commander answers: {@code POST
 * /api/v1/sentries/{id}/reports} (docs/API.md). Sequence numbers are the sentry's own, strictly
 * increasing; the commander stores a batch idempotently by sentry and sequence.
 */
package io.hashwatch.protocols.report;
