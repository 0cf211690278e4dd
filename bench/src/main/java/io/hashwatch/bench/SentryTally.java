package io.hashwatch.bench;

/**
 * What one simulated sentry did.
 *
 * @param acknowledged the last sequence the commander acknowledged (every entry up to it is stored)
 * @param measuredEntries entries acknowledged by requests that ended in the measured window
 * @param latencies durations of the successful requests that ended in the measured window
 * @param failures requests that failed (timeout, I/O error, a status other than 200)
 * @param lastFailure what the last failure said, or null
 */
record SentryTally(
    SentryLogin sentry,
    long acknowledged,
    long measuredEntries,
    LatencyLog latencies,
    int failures,
    String lastFailure) {}
