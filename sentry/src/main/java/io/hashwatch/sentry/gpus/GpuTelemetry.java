package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.reading.Gpu;
import java.util.List;
import java.util.Objects;

/**
 * One GPU as its vendor's tool or the kernel shows it, before the rig joins the programs' hashrate
 * to it.
 *
 * @param make {@code NVIDIA} or {@code AMD}
 * @param model the GPU's name, {@code NVIDIA GeForce RTX 3080}
 * @param powerW the power it draws now, where known
 * @param fansRpm its fans' speeds, where the tool gives them in RPM
 * @param figures the rest of its telemetry; {@code figures.busId()} is never null and {@code
 *     figures.programs()} is empty
 */
public record GpuTelemetry(
    String make, String model, Double powerW, List<Integer> fansRpm, Gpu figures) {

  public GpuTelemetry {
    Objects.requireNonNull(make, "make");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(figures.busId(), "figures.busId");
    fansRpm = List.copyOf(fansRpm);
  }

  public String busId() {
    return figures.busId();
  }

  /** The same GPU under another name. */
  public GpuTelemetry withModel(String name) {
    return new GpuTelemetry(make, name, powerW, fansRpm, figures);
  }
}
