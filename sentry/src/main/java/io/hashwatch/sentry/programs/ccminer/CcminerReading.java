package io.hashwatch.sentry.programs.ccminer;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.gpus.PciBus;
import io.hashwatch.sentry.programs.PipeRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reading of ccminer's {@code summary|}, {@code pool|} and {@code threads|} replies (api.cpp):
 * rates in kH/s ({@code KHS}), power in milliwatts ({@code POWER}), the GPU's PCI bus as a decimal
 * number ({@code BUS}, -1 without NVML). ccminer writes 0 for a temperature, power or fan speed it
 * could not read, so 0 there reads as absent.
 */
final class CcminerReading {
  private static final double KILO = 1e3;
  private static final double MILLI = 1e-3;

  private CcminerReading() {}

  /** The record of a {@code summary|} reply when it has ccminer's shape; else null. */
  static Map<String, String> summary(String reply) {
    List<Map<String, String>> records = PipeRecords.parse(reply);
    return records.isEmpty() || !PipeRecords.has(records.get(0), "NAME", "VER", "GPUS", "KHS")
        ? null
        : records.get(0);
  }

  /**
   * @param pool the {@code pool|} reply, null when it could not be had
   * @param threads the {@code threads|} reply, null when it could not be had
   * @param errors what could not be had, in words
   */
  static Reading of(Map<String, String> summary, String pool, String threads, List<String> errors) {
    List<String> problems = new ArrayList<>(errors);
    Map<String, String> current = pool == null ? Map.of() : first(PipeRecords.parse(pool));
    if (pool != null && current.isEmpty()) {
      problems.add("pool|: the reply holds no pool");
    }
    List<Board> boards = new ArrayList<>();
    List<Integer> fans = new ArrayList<>();
    Double powerW = null;
    List<Map<String, String>> gpus =
        threads == null
            ? List.of()
            : PipeRecords.parse(threads).stream().filter(r -> r.containsKey("GPU")).toList();
    if (threads != null && gpus.isEmpty()) {
      problems.add("threads|: the reply holds no GPU");
    }
    for (Map<String, String> gpu : Figures.bounded(gpus, Limits.MAX_BOARDS, "GPUs", problems)) {
      boards.add(board(gpu, boards.size()));
      Double watts = Figures.scaled(PipeRecords.known(gpu, "POWER"), MILLI);
      if (watts != null) {
        powerW = powerW == null ? watts : powerW + watts;
      }
      Long rpm = PipeRecords.count(gpu, "RPM");
      if (rpm != null && rpm > 0 && rpm <= Integer.MAX_VALUE && fans.size() < Limits.MAX_FANS) {
        fans.add(rpm.intValue());
      }
    }
    return Reading.builder()
        .firmware(CcminerAdapter.TYPE)
        .firmwareVersion(version(summary))
        .algorithm(PipeRecords.text(summary, "ALGO"))
        .hashrateHs(Figures.scaled(PipeRecords.number(summary, "KHS"), KILO))
        .boards(boards)
        .fansRpm(fans)
        .powerW(Figures.figure(powerW))
        .pools(pool(current))
        .accepted(PipeRecords.count(summary, "ACC"))
        .rejected(PipeRecords.count(summary, "REJ"))
        .stale(PipeRecords.count(current, "STALE"))
        .uptimeS(PipeRecords.count(summary, "UPTIME"))
        .errors(Figures.first(problems, Limits.MAX_ERRORS))
        .build();
  }

  private static Board board(Map<String, String> gpu, int position) {
    Long index = PipeRecords.count(gpu, "GPU");
    return new Board(
        index == null || index > Integer.MAX_VALUE ? position : index.intValue(),
        Figures.scaled(PipeRecords.number(gpu, "KHS"), KILO),
        PipeRecords.known(gpu, "TEMP"),
        null,
        null,
        null,
        PciBus.normalize(gpu.get("BUS")));
  }

  /**
   * ccminer's own name stays out; a fork's (nevermore, ccminer-verus...) goes before the version.
   */
  private static String version(Map<String, String> summary) {
    String name = PipeRecords.text(summary, "NAME");
    String version = PipeRecords.text(summary, "VER");
    if (name == null || version == null || name.toLowerCase(Locale.ROOT).equals("ccminer")) {
      return version;
    }
    return Figures.clip(name + " " + version);
  }

  private static List<Pool> pool(Map<String, String> current) {
    String url = PipeRecords.text(current, "URL");
    if (url == null) {
      url = PipeRecords.text(current, "POOL");
    }
    if (url == null) {
      return List.of();
    }
    return List.of(
        new Pool(
            url,
            PipeRecords.text(current, "USER"),
            null,
            true,
            PipeRecords.count(current, "ACC"),
            PipeRecords.count(current, "REJ"),
            PipeRecords.count(current, "STALE")));
  }

  private static Map<String, String> first(List<Map<String, String>> records) {
    return records.isEmpty() ? Map.of() : records.get(0);
  }
}
