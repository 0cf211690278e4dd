package io.hashwatch.sentry.gpus;

import static io.hashwatch.sentry.gpus.NvidiaGpus.nvidia;
import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.sentry.gpus.GpuSnapshot.LostGpu;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey the rig sentry calls each sweep, with nvidia-smi a real script standing in. */
class GpuSurveyTest {
  private static final String QUERY =
      "--query-gpu=pci.bus_id,name,temperature.gpu,temperature.memory,fan.speed,power.draw,"
          + "enforced.power.limit,power.limit,clocks.sm,clocks.mem,memory.used,memory.total,"
          + "utilization.gpu --format=csv,noheader,nounits";
  private static final String GPU_1 =
      "00000000:01:00.0, NVIDIA GeForce RTX 3080, 61, [N/A], 72, 221.37, 250.00, 320.00, 1710,"
          + " 9251, 9184, 10240, 100\n";
  private static final String GPU_2 =
      "00000000:02:00.0, NVIDIA GeForce RTX 3070, 58, [N/A], 65, 130.10, 130.00, 220.00, 1500,"
          + " 7001, 4100, 8192, 99\n";
  private static final GpuTelemetry RTX_3080 =
      nvidia(
          "NVIDIA GeForce RTX 3080",
          221.37,
          "0000:01:00.0",
          61.0,
          null,
          72,
          250.0,
          1710,
          9251,
          9184L,
          10240L,
          100);
  private static final GpuTelemetry RTX_3070 =
      nvidia(
          "NVIDIA GeForce RTX 3070",
          130.10,
          "0000:02:00.0",
          58.0,
          null,
          65,
          130.0,
          1500,
          7001,
          4100L,
          8192L,
          99);

  @TempDir Path dir;

  private GpuSettings settings(FakeNvidiaSmi smi) {
    return GpuSettings.DEFAULTS
        .withNvidiaSmi(smi.path().toString())
        .withSysfsRoot(dir.resolve("sys"))
        .withTimeout(Duration.ofSeconds(20));
  }

  @Test
  void readsNvidiaGpusWithOneProcessARead() {
    FakeNvidiaSmi smi = new FakeNvidiaSmi(dir).answersCsv(GPU_2 + GPU_1);
    GpuSurvey survey = new GpuSurvey(settings(smi));

    GpuSnapshot first = survey.read();
    GpuSnapshot second = survey.read();

    assertThat(first).isEqualTo(new GpuSnapshot(List.of(RTX_3080, RTX_3070), List.of(), List.of()));
    assertThat(second).isEqualTo(first);
    assertThat(smi.runs()).containsExactly(QUERY, QUERY);
  }

  @Test
  void aFieldTheDriverRefusesIsLeftOutOfTheQueryFromThenOn() {
    FakeNvidiaSmi smi =
        new FakeNvidiaSmi(dir)
            .refuses("temperature.memory")
            .answersCsv(
                "00000000:01:00.0, NVIDIA GeForce RTX 3080, 61, 72, 221.37, 250.00, 320.00, 1710,"
                    + " 9251, 9184, 10240, 100\n");
    GpuSurvey survey = new GpuSurvey(settings(smi));

    assertThat(survey.read().gpus()).containsExactly(RTX_3080);
    assertThat(survey.read().gpus()).containsExactly(RTX_3080);
    String withoutMemoryTemp = QUERY.replace("temperature.memory,", "");
    assertThat(smi.runs()).containsExactly(QUERY, withoutMemoryTemp, withoutMemoryTemp);
  }

  @Test
  void aDriverThatRefusesTheQueryIsReadAsXmlFromThenOn() {
    FakeNvidiaSmi smi =
        new FakeNvidiaSmi(dir)
            .refuses("clocks.sm")
            .answers(
                GPU_1, "rtx-3080-v13.xml", "linux_rtx-4080-super_595.71.05.load.nvidia-smi-q.txt");
    GpuSurvey survey = new GpuSurvey(settings(smi));

    GpuSnapshot first = survey.read();
    survey.read();

    assertThat(first.gpus())
        .containsExactly(
            nvidia(
                "NVIDIA GeForce RTX 3080",
                139.62,
                "0000:0c:00.0",
                27.0,
                null,
                0,
                320.0,
                1950,
                9251,
                9184L,
                10240L,
                65));
    assertThat(first.problems()).isEmpty();
    assertThat(smi.runs()).containsExactly(QUERY, "-q -x", "-q -x");
  }

  @Test
  void aDriverWithoutXmlIsReadAsText() {
    FakeNvidiaSmi smi =
        new FakeNvidiaSmi(dir)
            .refuses("pci.bus_id")
            .withoutXml()
            .answers(
                GPU_1, "rtx-3080-v13.xml", "linux_rtx-4080-super_595.71.05.load.nvidia-smi-q.txt");
    GpuSurvey survey = new GpuSurvey(settings(smi));

    GpuSnapshot first = survey.read();
    survey.read();

    assertThat(first.gpus())
        .extracting(GpuTelemetry::model, GpuTelemetry::powerW)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NVIDIA GeForce RTX 4080 SUPER", 84.03));
    assertThat(smi.runs()).containsExactly(QUERY, "-q -x", "-q", "-q");
  }

  @Test
  void aGpuNoLongerListedIsLostWithWhyUntilItComesBack() {
    FakeNvidiaSmi smi = new FakeNvidiaSmi(dir).answersCsv(GPU_1 + GPU_2);
    GpuSurvey survey = new GpuSurvey(settings(smi));
    survey.read();

    smi.answersCsv(GPU_1);
    assertThat(survey.read())
        .isEqualTo(
            new GpuSnapshot(
                List.of(RTX_3080),
                List.of(
                    new LostGpu(
                        "0000:02:00.0",
                        "NVIDIA",
                        "NVIDIA GeForce RTX 3070",
                        "no longer listed by nvidia-smi")),
                List.of()));

    smi.answersCsv(
            GPU_1
                + "Unable to determine the device handle for GPU 0000:02:00.0: GPU is lost.  Reboot"
                + " the system to recover this GPU\n")
        .exits(15);
    GpuSnapshot fallen = survey.read();
    assertThat(fallen.gpus()).containsExactly(RTX_3080);
    assertThat(fallen.lost())
        .containsExactly(
            new LostGpu(
                "0000:02:00.0",
                "NVIDIA",
                "NVIDIA GeForce RTX 3070",
                "nvidia-smi: GPU is lost. Reboot the system to recover this GPU"));
    assertThat(fallen.problems())
        .containsExactly(
            "nvidia-smi exited 15: Unable to determine the device handle for GPU 0000:02:00.0: GPU"
                + " is lost.  Reboot the system to recover this GPU");

    smi.recovers().answersCsv(GPU_1 + GPU_2);
    assertThat(survey.read())
        .isEqualTo(new GpuSnapshot(List.of(RTX_3080, RTX_3070), List.of(), List.of()));
  }

  @Test
  void whenNvidiaSmiFailsEveryGpuItListedIsLostWithTheFailure() {
    FakeNvidiaSmi smi = new FakeNvidiaSmi(dir).answersCsv(GPU_1 + GPU_2);
    GpuSurvey survey = new GpuSurvey(settings(smi));
    survey.read();

    smi.answersCsv(
            "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make"
                + " sure that the latest NVIDIA driver is installed and running.\n")
        .exits(9);
    GpuSnapshot failed = survey.read();

    String failure =
        "nvidia-smi exited 9: NVIDIA-SMI has failed because it couldn't communicate with the"
            + " NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.";
    assertThat(failed.gpus()).isEmpty();
    assertThat(failed.lost())
        .extracting(LostGpu::busId, LostGpu::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("0000:01:00.0", failure),
            org.assertj.core.groups.Tuple.tuple("0000:02:00.0", failure));
    assertThat(failed.problems()).containsExactly(failure);
  }

  @Test
  void noDevicesIsAnEmptyRigUnlessNvidiaIsConfigured() {
    FakeNvidiaSmi smi = new FakeNvidiaSmi(dir).answersCsv(GPU_1);
    GpuSurvey auto = new GpuSurvey(settings(smi));
    GpuSurvey nvidiaOnly = new GpuSurvey(settings(smi).withMode(GpuSettings.Mode.NVIDIA));
    auto.read();

    smi.answersCsv("No devices were found\n").exits(6);

    assertThat(auto.read())
        .isEqualTo(
            new GpuSnapshot(
                List.of(),
                List.of(
                    new LostGpu(
                        "0000:01:00.0",
                        "NVIDIA",
                        "NVIDIA GeForce RTX 3080",
                        "no longer listed by nvidia-smi")),
                List.of()));
    assertThat(nvidiaOnly.read().problems()).containsExactly("nvidia-smi finds no NVIDIA GPU");
  }

  @Test
  void aHangingNvidiaSmiIsKilledAndItsGpusAreLost() {
    FakeNvidiaSmi smi = new FakeNvidiaSmi(dir).answersCsv(GPU_1);
    GpuSurvey survey = new GpuSurvey(settings(smi).withTimeout(Duration.ofMillis(500)));
    survey.read();

    smi.hangs();
    GpuSnapshot hung = survey.read();

    String killed = "nvidia-smi did not finish within 500 ms and was killed";
    assertThat(hung.lost())
        .containsExactly(new LostGpu("0000:01:00.0", "NVIDIA", "NVIDIA GeForce RTX 3080", killed));
    assertThat(hung.problems()).containsExactly(killed);
    smi.recovers();
    assertThat(survey.read().gpus()).containsExactly(RTX_3080);
  }

  @Test
  void aMissingNvidiaSmiIsNoProblemInAutoModeButOneWhenNvidiaIsConfigured() {
    GpuSettings missing =
        GpuSettings.DEFAULTS
            .withNvidiaSmi("hashwatch-no-such-nvidia-smi")
            .withSysfsRoot(dir.resolve("sys"));

    assertThat(new GpuSurvey(missing).read())
        .isEqualTo(new GpuSnapshot(List.of(), List.of(), List.of()));
    assertThat(new GpuSurvey(missing.withMode(GpuSettings.Mode.NVIDIA)).read().problems())
        .containsExactly(
            "hashwatch-no-such-nvidia-smi not found on PATH: install the NVIDIA driver or set"
                + " nvidia-smi = PATH");
    Path absent = dir.resolve("bin/nvidia-smi");
    assertThat(
            new GpuSurvey(
                    missing.withMode(GpuSettings.Mode.NVIDIA).withNvidiaSmi(absent.toString()))
                .read()
                .problems())
        .containsExactly(
            "nvidia-smi not found at "
                + absent
                + ": install the NVIDIA driver or set nvidia-smi = PATH");
  }

  @Test
  void modeNoneRunsNothing() {
    FakeNvidiaSmi smi = new FakeNvidiaSmi(dir).answersCsv(GPU_1);

    assertThat(new GpuSurvey(settings(smi).withMode(GpuSettings.Mode.NONE)).read())
        .isEqualTo(new GpuSnapshot(List.of(), List.of(), List.of()));
    assertThat(smi.runs()).isEqualTo(Collections.emptyList());
  }
}
