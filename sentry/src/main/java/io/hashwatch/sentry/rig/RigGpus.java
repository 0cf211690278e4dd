package io.hashwatch.sentry.rig;

import io.hashwatch.sentry.config.RigConfig;
import io.hashwatch.sentry.gpus.GpuSettings;
import io.hashwatch.sentry.gpus.GpuSnapshot;
import io.hashwatch.sentry.gpus.GpuSurvey;
import java.util.function.Supplier;

/** The rig's GPU survey, as its config sets it. */
final class RigGpus {
  private RigGpus() {}

  static Supplier<GpuSnapshot> survey(RigConfig config) {
    GpuSurvey survey =
        new GpuSurvey(
            GpuSettings.DEFAULTS
                .withMode(config.gpus())
                .withNvidiaSmi(config.nvidiaSmi())
                .withRocmSmi(config.rocmSmi())
                .withTimeout(config.timeout()));
    return survey::read;
  }
}
