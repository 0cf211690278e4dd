package io.hashwatch.sentry.programs.cpuminer;

import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.PipeRecords;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reading of cpuminer-opt's {@code summary} reply: the rate in H/s ({@code HS}, in newer
 * versions) or kH/s ({@code KHS}, rounded to two digits), shares, the pool it mines on ({@code
 * URL}), uptime. Its {@code TEMP}, {@code FAN} and {@code FREQ} are the host's, which the rig
 * reports itself.
 */
final class CpuminerOptReading {

  private CpuminerOptReading() {}

  static PollResult of(String reply, ProgramEndpoint endpoint) {
    List<Map<String, String>> records = PipeRecords.parse(reply);
    Map<String, String> summary = records.isEmpty() ? Map.of() : records.get(0);
    if (!PipeRecords.has(summary, "NAME", "VER", "CPUS")
        || !(summary.containsKey("HS") || summary.containsKey("KHS"))) {
      return NoData.because(
          endpoint.url()
              + " answers, but its summary is not cpuminer-opt's (NAME, VER, CPUS, KHS)");
    }
    Double rate = PipeRecords.number(summary, "HS");
    if (rate == null) {
      rate = Figures.scaled(PipeRecords.number(summary, "KHS"), 1e3);
    }
    Long accepted = PipeRecords.count(summary, "ACC");
    Long rejected = PipeRecords.count(summary, "REJ");
    String url = PipeRecords.text(summary, "URL");
    return Reading.builder()
        .firmware(CpuminerOptAdapter.TYPE)
        .firmwareVersion(version(summary))
        .algorithm(PipeRecords.text(summary, "ALGO"))
        .hashrateHs(rate)
        .pools(
            url == null
                ? List.of()
                : List.of(new Pool(url, null, null, true, accepted, rejected, null)))
        .accepted(accepted)
        .rejected(rejected)
        .uptimeS(PipeRecords.count(summary, "UPTIME"))
        .build();
  }

  /** cpuminer-opt's own name stays out; another program of the family's goes before the version. */
  private static String version(Map<String, String> summary) {
    String name = PipeRecords.text(summary, "NAME");
    String version = PipeRecords.text(summary, "VER");
    if (name == null || version == null || name.toLowerCase(Locale.ROOT).equals("cpuminer-opt")) {
      return version;
    }
    return Figures.clip(name + " " + version);
  }
}
