package io.hashwatch.sentry.gpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The GPUs seen since the sentry started, so that one missing now is reported as lost, with why,
 * until it is listed again. Bus ids sort in bus order: they all have the form {@code 0000:01:00.0}.
 */
final class SeenGpus {
  // More than any rig holds; a tool that lists garbage cannot grow the memory without end.
  private static final int MAX_REMEMBERED = 64;

  private record Known(String make, String model) {}

  private final Map<String, Known> seen = new TreeMap<>();

  GpuSnapshot snapshot(List<VendorRead> reads) {
    Map<String, GpuTelemetry> listed = new TreeMap<>();
    Map<String, GpuSnapshot.LostGpu> lost = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (VendorRead read : reads) {
      read.gpus().forEach(gpu -> listed.put(gpu.busId(), gpu));
      problems.addAll(read.problems());
    }
    for (VendorRead read : reads) {
      read.lost()
          .forEach(
              (busId, reason) -> {
                if (!listed.containsKey(busId)) {
                  Known known = seen.get(busId);
                  lost.put(busId, lostGpu(busId, read.make(), known, reason));
                  remember(busId, new Known(read.make(), known == null ? null : known.model()));
                }
              });
    }
    seen.forEach(
        (busId, known) -> {
          if (!listed.containsKey(busId) && !lost.containsKey(busId)) {
            lost.put(busId, lostGpu(busId, known.make(), known, reason(reads, known, busId)));
          }
        });
    listed.values().forEach(gpu -> remember(gpu.busId(), new Known(gpu.make(), gpu.model())));
    return new GpuSnapshot(List.copyOf(listed.values()), List.copyOf(lost.values()), problems);
  }

  private static String reason(List<VendorRead> reads, Known known, String busId) {
    for (VendorRead read : reads) {
      if (read.make().equals(known.make())) {
        return read.reasonMissing(busId);
      }
    }
    return "no longer looked for";
  }

  private static GpuSnapshot.LostGpu lostGpu(
      String busId, String make, Known known, String reason) {
    return new GpuSnapshot.LostGpu(busId, make, known == null ? null : known.model(), reason);
  }

  private void remember(String busId, Known known) {
    if (seen.containsKey(busId) || seen.size() < MAX_REMEMBERED) {
      seen.put(busId, known);
    }
  }
}
