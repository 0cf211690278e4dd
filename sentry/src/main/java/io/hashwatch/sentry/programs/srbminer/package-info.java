/**
 * SRBMiner-MULTI and the older SRBMiner-CN (CPU and AMD GPU miners) through their HTTP API, {@code
 * GET /}, as recorded in delawr0190/foreman-apps and read by HiveOS's {@code h-stats.sh}.
 */
package io.hashwatch.sentry.programs.srbminer;
