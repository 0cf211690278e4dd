package io.hashwatch.commander.telemetry;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.report.ReportEntry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One report entry as stored: the chart figures as columns, the whole result as JSON, and the
 * summary the device's state keeps of it.
 */
record ReadingRow(
    long sentryId,
    long seq,
    long deviceId,
    OffsetDateTime time,
    String result,
    Double hashrateHs,
    Double hashrateAvgHs,
    Double expectedHashrateHs,
    Double powerW,
    Double maxTempC,
    Long accepted,
    Long rejected,
    Long hardwareErrors,
    Long uptimeS,
    String data,
    StateSummary summary) {

  static ReadingRow of(long sentryId, long deviceId, ReportEntry entry, WarningLimits limits) {
    OffsetDateTime time = entry.time().atOffset(ZoneOffset.UTC);
    String data = ReadingJson.toJson(entry.result()).toString();
    StateSummary summary = StateSummary.of(entry.kind(), entry.result(), limits);
    if (entry.result() instanceof Reading r) {
      return new ReadingRow(
          sentryId,
          entry.seq(),
          deviceId,
          time,
          r.result(),
          r.hashrateHs(),
          r.hashrateAvgHs(),
          r.expectedHashrateHs(),
          r.powerW(),
          r.maxTempC(),
          r.accepted(),
          r.rejected(),
          r.hardwareErrors(),
          r.uptimeS(),
          data,
          summary);
    }
    return new ReadingRow(
        sentryId,
        entry.seq(),
        deviceId,
        time,
        entry.result().result(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        data,
        summary);
  }

  /** Whether the device answered at all in this poll. */
  boolean answered() {
    return !"unreachable".equals(result);
  }
}
