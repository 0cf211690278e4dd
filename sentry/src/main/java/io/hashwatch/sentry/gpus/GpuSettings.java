package io.hashwatch.sentry.gpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the rig sentry looks for GPUs.
 *
 * @param mode which GPUs to look for
 * @param nvidiaSmi nvidia-smi: a name looked up on {@code PATH}, or a path
 * @param rocmSmi rocm-smi, the same way; only asked for AMD GPUs' names, and optional
 * @param sysfsRoot where sysfs is mounted, {@code /sys}
 * @param timeout how long one run of either tool may take before it is killed
 */
public record GpuSettings(
    Mode mode, String nvidiaSmi, String rocmSmi, Path sysfsRoot, Duration timeout) {
  public static final GpuSettings DEFAULTS =
      new GpuSettings(Mode.AUTO, "nvidia-smi", "rocm-smi", Path.of("/sys"), Duration.ofSeconds(5));

  public GpuSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(nvidiaSmi, "nvidiaSmi");
    Objects.requireNonNull(rocmSmi, "rocmSmi");
    Objects.requireNonNull(sysfsRoot, "sysfsRoot");
    if (nvidiaSmi.isBlank() || rocmSmi.isBlank()) {
      throw new IllegalArgumentException("nvidia-smi and rocm-smi must name a program");
    }
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("the GPU tools' timeout must be > 0");
    }
  }

  public GpuSettings withMode(Mode newMode) {
    return new GpuSettings(newMode, nvidiaSmi, rocmSmi, sysfsRoot, timeout);
  }

  public GpuSettings withNvidiaSmi(String path) {
    return new GpuSettings(mode, path, rocmSmi, sysfsRoot, timeout);
  }

  public GpuSettings withRocmSmi(String path) {
    return new GpuSettings(mode, nvidiaSmi, path, sysfsRoot, timeout);
  }

  public GpuSettings withSysfsRoot(Path root) {
    return new GpuSettings(mode, nvidiaSmi, rocmSmi, root, timeout);
  }

  public GpuSettings withTimeout(Duration limit) {
    return new GpuSettings(mode, nvidiaSmi, rocmSmi, sysfsRoot, limit);
  }

  /** Which GPUs a rig has. */
  public enum Mode {
    /** NVIDIA if nvidia-smi is on the machine, AMD if the kernel lists AMD cards; no complaint. */
    AUTO,
    /** NVIDIA only; a missing nvidia-smi is a problem. */
    NVIDIA,
    /** AMD only; no AMD card under sysfs is a problem. */
    AMD,
    /** No GPU telemetry (a CPU-only rig). */
    NONE;

    /** {@code auto}, {@code nvidia}, {@code amd} or {@code none}, as a config file writes it. */
    public static Mode parse(String text) {
      String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
      for (Mode mode : values()) {
        if (mode.name().equals(name)) {
          return mode;
        }
      }
      throw new IllegalArgumentException(
          "gpus must be auto, nvidia, amd or none, was \"" + text + "\"");
    }
  }
}
