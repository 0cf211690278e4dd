/**
 * GMiner (AMD and NVIDIA GPU miner) through its HTTP API, {@code GET /stat}, as recorded in
 * delawr0190/foreman-apps and read by HiveOS's {@code h-stats.sh}.
 */
package io.hashwatch.sentry.programs.gminer;
