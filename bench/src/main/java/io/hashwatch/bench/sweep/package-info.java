/**
 * The poll-throughput benchmark of issue 3: the drivers of {@code asic-protocols} sweep a farm of
 * miners served by the sentry's simulator, beside a raw TCP request loop ({@code
 * {"command":"summary"}}, read to the NUL) over the same miners in the same run, which gives the
 * rate to compare with. Simulator and sweeps share one JVM and the machine's cores.
 */
package io.hashwatch.bench.sweep;
