package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.reading.Gpu;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The GPUs one nvidia-smi answer lists, in any of its forms.
 *
 * @param lost bus id to the reason, for GPUs nvidia-smi names but cannot read ({@code Unable to
 *     determine the device handle for GPU 0000:0B:00.0: GPU is lost}, {@code [GPU is lost]})
 * @param problems lines that could not be understood, in words
 */
record NvidiaListing(List<GpuTelemetry> gpus, Map<String, String> lost, List<String> problems) {
  private static final int MAX_PROBLEMS = 8;
  private static final String HANDLE_FAILURE = "Unable to determine the device handle for GPU";

  NvidiaListing {
    gpus = List.copyOf(gpus);
    lost = Map.copyOf(lost);
    problems = List.copyOf(problems);
  }

  boolean isEmpty() {
    return gpus.isEmpty() && lost.isEmpty();
  }

  /** Gathers a listing while a parser walks nvidia-smi's answer. */
  static final class Collector {
    private final NvidiaForm form;
    private final List<GpuTelemetry> gpus = new ArrayList<>();
    private final Map<String, String> lost = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    Collector(NvidiaForm form) {
      this.form = form;
    }

    /** Takes one GPU whose values {@code lookup} finds by this form's names. */
    void gpu(Function<String, String> lookup) {
      Map<NvidiaField, String> values = new EnumMap<>(NvidiaField.class);
      boolean saysLost = false;
      for (NvidiaField field : NvidiaField.values()) {
        for (String candidate : field.candidates(form)) {
          String value = lookup.apply(candidate);
          saysLost |= FigureText.saysLost(value);
          if (holdsValue(field, value)) {
            values.put(field, value);
            break;
          }
        }
      }
      String rawBus = values.get(NvidiaField.BUS_ID);
      String busId = PciBus.normalize(rawBus);
      if (busId == null) {
        String name = FigureText.text(values.get(NvidiaField.NAME));
        problem(
            saysLost
                ? "nvidia-smi says a GPU is lost and does not say which"
                : "nvidia-smi listed a GPU without a readable bus id"
                    + (name == null ? "" : " (" + name + ")"));
      } else if (saysLost) {
        lost.put(busId, "nvidia-smi: GPU is lost");
      } else {
        gpus.add(telemetry(busId, values));
      }
    }

    /**
     * Takes a line that is no GPU's: the message nvidia-smi prints for a GPU it cannot reach is
     * kept as that GPU's loss; {@code false} for any other line.
     */
    boolean lostLine(String line) {
      int at = line.indexOf(HANDLE_FAILURE);
      if (at < 0) {
        return false;
      }
      String rest = line.substring(at + HANDLE_FAILURE.length()).strip();
      int end = rest.indexOf(": ");
      String busId = PciBus.normalize(end < 0 ? rest : rest.substring(0, end));
      String reason = end < 0 ? "unreachable" : rest.substring(end + 2).strip();
      if (busId == null) {
        problem("nvidia-smi: " + line.strip());
      } else {
        lost.put(busId, "nvidia-smi: " + reason.replaceAll("\\s+", " "));
      }
      return true;
    }

    void problem(String text) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(text);
      }
    }

    NvidiaListing listing() {
      return new NvidiaListing(gpus, lost, problems);
    }

    private static boolean holdsValue(NvidiaField field, String value) {
      return switch (field) {
        case BUS_ID -> value != null;
        case NAME -> FigureText.text(value) != null;
        default -> FigureText.number(value) != null;
      };
    }

    private static GpuTelemetry telemetry(String busId, Map<NvidiaField, String> values) {
      Gpu figures =
          new Gpu(
              busId,
              FigureText.number(values.get(NvidiaField.TEMP)),
              null,
              FigureText.number(values.get(NvidiaField.MEMORY_TEMP)),
              FigureText.percent(FigureText.number(values.get(NvidiaField.FAN))),
              FigureText.positive(FigureText.number(values.get(NvidiaField.POWER_LIMIT))),
              FigureText.whole(FigureText.number(values.get(NvidiaField.CORE_CLOCK))),
              FigureText.whole(FigureText.number(values.get(NvidiaField.MEMORY_CLOCK))),
              FigureText.wholeLong(FigureText.number(values.get(NvidiaField.MEMORY_USED))),
              FigureText.wholeLong(FigureText.number(values.get(NvidiaField.MEMORY_TOTAL))),
              FigureText.percent(FigureText.number(values.get(NvidiaField.UTILIZATION))),
              List.of());
      return new GpuTelemetry(
          "NVIDIA",
          FigureText.text(values.get(NvidiaField.NAME)),
          FigureText.positive(FigureText.number(values.get(NvidiaField.POWER))),
          List.of(),
          figures);
    }
  }
}
