package io.hashwatch.commander.telemetry;

import java.time.OffsetDateTime;

/**
 * One stored poll result as the API gives it back.
 *
 * @param data the result in the reading's JSON form (docs/READING.md)
 */
public record StoredReading(OffsetDateTime time, String data) {}
