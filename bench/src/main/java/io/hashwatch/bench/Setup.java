package io.hashwatch.bench;

import java.time.Duration;

/** The settings of one run, as the result names them. */
record Setup(
    int sentries,
    int batchSize,
    int devices,
    Duration warmUp,
    Duration measured,
    int copyChunk,
    String commander,
    String postgres) {}
