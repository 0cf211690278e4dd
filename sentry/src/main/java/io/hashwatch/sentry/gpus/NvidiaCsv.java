package io.hashwatch.sentry.gpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * nvidia-smi's {@code --query-gpu} answer: one line per GPU, values separated by {@code ", "}, in
 * the order the fields were asked; units after the numbers unless {@code nounits} was given.
 */
final class NvidiaCsv {
  private static final String SEPARATOR = ", ";
  private static final int MAX_LINE_SHOWN = 120;

  private NvidiaCsv() {}

  /** The answer to {@code --query-gpu=FIELDS --format=csv,noheader,nounits}. */
  static NvidiaListing parse(List<String> fields, String text) {
    NvidiaListing.Collector listing = new NvidiaListing.Collector(NvidiaForm.CSV);
    Map<String, Integer> index = index(fields);
    text.lines().forEach(line -> row(line, index, listing));
    return listing.listing();
  }

  /**
   * An answer that starts with its header line ({@code --format=csv}), whose names carry their unit
   * ({@code power.draw [W]}).
   */
  static NvidiaListing parseWithHeader(String text) {
    List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
    if (lines.isEmpty()) {
      return new NvidiaListing(List.of(), Map.of(), List.of());
    }
    List<String> fields = new ArrayList<>();
    for (String name : split(lines.get(0))) {
      int unit = name.indexOf(" [");
      fields.add(unit < 0 ? name : name.substring(0, unit));
    }
    return parse(fields, String.join("\n", lines.subList(1, lines.size())));
  }

  private static void row(String line, Map<String, Integer> index, NvidiaListing.Collector out) {
    if (line.isBlank() || out.lostLine(line)) {
      return;
    }
    List<String> values = split(line);
    if (values.size() != index.size()) {
      out.problem(
          "nvidia-smi wrote a line of "
              + values.size()
              + " values where "
              + index.size()
              + " were asked: "
              + (line.length() <= MAX_LINE_SHOWN ? line : line.substring(0, MAX_LINE_SHOWN)));
      return;
    }
    out.gpu(
        name -> {
          Integer at = index.get(name);
          return at == null ? null : values.get(at);
        });
  }

  private static Map<String, Integer> index(List<String> fields) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      index.put(fields.get(i).strip(), i);
    }
    return index;
  }

  private static List<String> split(String line) {
    List<String> values = new ArrayList<>();
    int start = 0;
    int end;
    while ((end = line.indexOf(SEPARATOR, start)) >= 0) {
      values.add(line.substring(start, end).strip());
      start = end + SEPARATOR.length();
    }
    values.add(line.substring(start).strip());
    return values;
  }
}
