package io.hashwatch.sentry.gpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The rig's GPUs, read once per sweep of the rig sentry: NVIDIA through one nvidia-smi process, AMD
 * through sysfs, as {@link GpuSettings#mode()} says. A GPU seen before and not listed now is in the
 * snapshot's {@code lost} with the reason, until it is listed again.
 *
 * <p>Reads are serialized: a second caller waits for the first.
 */
public final class GpuSurvey {
  private final NvidiaSmi nvidia;
  private final AmdGpus amd;
  private final SeenGpus seen = new SeenGpus();

  public GpuSurvey(GpuSettings settings) {
    GpuSettings.Mode mode = settings.mode();
    boolean auto = mode == GpuSettings.Mode.AUTO;
    nvidia =
        auto || mode == GpuSettings.Mode.NVIDIA
            ? new NvidiaSmi(
                new ExternalTool(settings.nvidiaSmi(), settings.timeout()),
                mode == GpuSettings.Mode.NVIDIA)
            : null;
    amd =
        auto || mode == GpuSettings.Mode.AMD
            ? new AmdGpus(
                new AmdSysfs(settings.sysfsRoot()),
                new ExternalTool(settings.rocmSmi(), settings.timeout()),
                mode == GpuSettings.Mode.AMD)
            : null;
  }

  public synchronized GpuSnapshot read() {
    List<VendorRead> reads = new ArrayList<>(2);
    if (nvidia != null) {
      reads.add(nvidia.read());
    }
    if (amd != null) {
      reads.add(amd.read());
    }
    return seen.snapshot(reads);
  }
}
