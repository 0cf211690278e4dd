package io.hashwatch.sentry.gpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GpuSettingsTest {

  @Test
  void defaultsLookForEveryGpuWithTheToolsOnThePath() {
    assertThat(GpuSettings.DEFAULTS)
        .isEqualTo(
            new GpuSettings(
                GpuSettings.Mode.AUTO,
                "nvidia-smi",
                "rocm-smi",
                Path.of("/sys"),
                Duration.ofSeconds(5)));
  }

  @Test
  void theModeIsReadAsAConfigFileWritesIt() {
    assertThat(GpuSettings.Mode.parse(" Nvidia ")).isEqualTo(GpuSettings.Mode.NVIDIA);
    assertThat(GpuSettings.Mode.parse("none")).isEqualTo(GpuSettings.Mode.NONE);
    assertThatThrownBy(() -> GpuSettings.Mode.parse("intel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gpus must be auto, nvidia, amd or none, was \"intel\"");
  }

  @Test
  void aToolWithoutNameOrATimeoutOfNothingIsRefused() {
    assertThatThrownBy(() -> GpuSettings.DEFAULTS.withNvidiaSmi(" "))
        .hasMessage("nvidia-smi and rocm-smi must name a program");
    assertThatThrownBy(() -> GpuSettings.DEFAULTS.withTimeout(Duration.ZERO))
        .hasMessage("the GPU tools' timeout must be > 0");
  }
}
