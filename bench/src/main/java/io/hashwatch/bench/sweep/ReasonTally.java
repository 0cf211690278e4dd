package io.hashwatch.bench.sweep;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Counts the outcomes that were not readings by their reason, with each miner's address masked so
 * that ten thousand refused connections make one line, not ten thousand.
 */
final class ReasonTally {
  private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?");

  private final Map<String, Integer> counts = new TreeMap<>();

  /** Adds {@code result} when it is not a reading. */
  void add(PollResult result) {
    if (!(result instanceof Reading)) {
      add(result.result() + ": " + String.join("; ", result.errors()));
    }
  }

  void add(String reason) {
    counts.merge(mask(reason), 1, Integer::sum);
  }

  void addAll(List<? extends PollResult> results) {
    results.forEach(this::add);
  }

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The reasons, most frequent first. */
  Map<String, Integer> byCount() {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    return sorted;
  }

  static String mask(String reason) {
    return ADDRESS.matcher(reason).replaceAll("<miner>");
  }
}
