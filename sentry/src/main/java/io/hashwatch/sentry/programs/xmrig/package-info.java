/**
 * xmrig (CPU, CUDA and OpenCL miner) through its HTTP API, as xmrig's doc/API.md describes it:
 * {@code GET /2/summary}, {@code GET /2/backends}, {@code GET /1/summary} for versions before API
 * 2, and {@code POST /json_rpc} with {@code pause} and {@code resume}.
 */
package io.hashwatch.sentry.programs.xmrig;
