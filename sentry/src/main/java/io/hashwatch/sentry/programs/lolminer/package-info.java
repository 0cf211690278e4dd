/**
 * lolMiner (AMD, NVIDIA and Intel GPU miner) through its HTTP API, {@code GET /summary}, in the
 * three shapes its versions answer (0.4x, 0.5 to 1.1, 1.2 and later); the shapes follow the
 * recorded replies of delawr0190/foreman-apps and the fields HiveOS's {@code h-stats.sh} reads.
 */
package io.hashwatch.sentry.programs.lolminer;
