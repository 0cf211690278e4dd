/**
 * The ASIC sentry benchmark: one {@code sentry asic} process sweeping 1,000 to 10,000 simulated
 * miners ({@code sentry simulate}, another process) and reporting to a commander stand-in in this
 * JVM; sweep time, CPU, heap and RSS of the sentry process alone.
 */
package io.hashwatch.bench.sentry;
