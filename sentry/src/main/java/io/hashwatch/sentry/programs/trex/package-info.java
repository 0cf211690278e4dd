/**
 * T-Rex (NVIDIA miner) through its HTTP API, as the T-Rex wiki's API page describes it: {@code GET
 * /summary}, and {@code GET /login?password=} for a session when the API is protected with {@code
 * --api-key}.
 */
package io.hashwatch.sentry.programs.trex;
