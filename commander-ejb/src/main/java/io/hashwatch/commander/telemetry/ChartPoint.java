package io.hashwatch.commander.telemetry;

import java.time.OffsetDateTime;

/**
 * One point of a device's chart: a raw reading (samples 1) or a bucket's averages and highest
 * temperature (time = the bucket's start). Absent figures are null.
 */
public record ChartPoint(
    OffsetDateTime time, Double hashrateHs, Double powerW, Double maxTempC, int samples) {}
