/**
 * What the adapters of the programs with a JSON API over HTTP share (xmrig, T-Rex, lolMiner,
 * GMiner, NBMiner, SRBMiner): the HTTP calls with their timeouts and bounds, the mapping of
 * failures to poll results, hashrate units, and the figures of a program's GPUs.
 */
package io.hashwatch.sentry.programs.http;
