package io.hashwatch.sentry.gpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * nvidia-smi's {@code -q} answer: a {@code GPU 00000000:01:00.0} line per GPU, then sections
 * indented by four spaces and {@code Name : value} lines, read into paths such as {@code
 * temperature/gpu current temp} (lower case: older drivers write {@code Gpu} where newer write
 * {@code GPU}).
 */
final class NvidiaQueryText {
  private static final int INDENT = 4;
  private static final String GPU_LINE = "GPU ";

  private NvidiaQueryText() {}

  static NvidiaListing parse(String text) {
    NvidiaListing.Collector listing = new NvidiaListing.Collector(NvidiaForm.TEXT);
    Map<String, String> gpu = null;
    List<String> sections = new ArrayList<>();
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (line.isBlank()) {
        continue;
      }
      int indent = indent(line);
      String content = line.strip();
      if (indent == 0) {
        if (gpu != null) {
          listing.gpu(gpu::get);
          gpu = null;
        }
        if (content.startsWith(GPU_LINE)
            && PciBus.normalize(content.substring(GPU_LINE.length())) != null) {
          gpu = new HashMap<>();
          gpu.put("@id", content.substring(GPU_LINE.length()).strip());
          sections.clear();
        } else {
          listing.lostLine(content);
        }
      } else if (gpu != null) {
        entry(gpu, sections, indent / INDENT, content);
      }
    }
    if (gpu != null) {
      listing.gpu(gpu::get);
    }
    return listing.listing();
  }

  /** A {@code Name : value} line, or a section's heading, at {@code level} (1 = under the GPU). */
  private static void entry(
      Map<String, String> gpu, List<String> sections, int level, String content) {
    while (sections.size() >= level) {
      sections.remove(sections.size() - 1);
    }
    int colon = content.indexOf(" :");
    if (colon < 0) {
      while (sections.size() < level - 1) {
        sections.add("");
      }
      sections.add(content.toLowerCase(Locale.ROOT));
      return;
    }
    String name = content.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = content.substring(colon + 2).strip();
    String path = sections.isEmpty() ? name : String.join("/", sections) + "/" + name;
    gpu.putIfAbsent(path, value);
  }

  private static int indent(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }
}
