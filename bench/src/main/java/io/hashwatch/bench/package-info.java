/**
 * The ingest benchmark: simulated sentries post report batches ({@code POST
 * /api/v1/sentries/{id}/reports}, docs/API.md) to a commander on a real PostgreSQL, and PostgreSQL
 * COPY of the same rows gives the rate to compare with. See bench/README.md.
 */
package io.hashwatch.bench;
