package io.hashwatch.sentry.gpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.sentry.gpus.GpuSnapshot.LostGpu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey on an AMD rig: cards from a sysfs tree in a temporary directory (see {@link
 * SysfsTree}), names from a real script standing in for rocm-smi.
 */
class GpuSurveyAmdTest {
  @TempDir Path dir;

  private Path sys;
  private Path rocmLog;
  private GpuSettings settings;

  @BeforeEach
  void rig() {
    sys = dir.resolve("sys");
    rocmLog = dir.resolve("rocm.log");
    Path answer = dir.resolve("rocm.json");
    SysfsTree.write(dir, "rocm.json", Fixtures.text("amd-rocm-smi/rx6700xt_rocm602.json"));
    Path rocmSmi =
        Scripts.write(
            dir,
            "rocm-smi",
            "echo \"$*\" >> " + Scripts.quoted(rocmLog) + "\ncat " + Scripts.quoted(answer));
    settings =
        GpuSettings.DEFAULTS
            .withNvidiaSmi("hashwatch-no-such-nvidia-smi")
            .withRocmSmi(rocmSmi.toString())
            .withSysfsRoot(sys)
            .withTimeout(Duration.ofSeconds(20));
  }

  private Path card(int number, String deviceId, String busId) {
    Path device = new SysfsTree(sys).card(number, "0x1002", deviceId, busId);
    SysfsTree.write(device, "uevent", "DRIVER=amdgpu\nPCI_SLOT_NAME=" + busId + "\n");
    SysfsTree.write(
        device.resolve("hwmon/hwmon2"), "temp1_input", "52000\n", "temp1_label", "edge");
    return device;
  }

  @Test
  void namesCardsFromRocmSmiAskedOnceAndReadsFiguresFromSysfsEachTime() throws IOException {
    Path device = card(0, "0x73df", "0000:07:00.0");
    GpuSurvey survey = new GpuSurvey(settings);

    GpuSnapshot first = survey.read();
    SysfsTree.write(device.resolve("hwmon/hwmon2"), "temp1_input", "71000\n");
    GpuSnapshot second = survey.read();

    assertThat(first.gpus())
        .extracting(GpuTelemetry::make, GpuTelemetry::model)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AMD", "Navi 22 [Radeon RX 6700/6700 XT / 6800M]"));
    assertThat(first.gpus().get(0).figures().tempC()).isEqualTo(52.0);
    assertThat(second.gpus().get(0).figures().tempC()).isEqualTo(71.0);
    assertThat(second.gpus().get(0).model()).isEqualTo(first.gpus().get(0).model());
    assertThat(Files.readAllLines(rocmLog))
        .containsExactly("--showproductname --showbus --showid --json");
  }

  @Test
  void withoutRocmSmiACardIsNamedByItsDeviceId() {
    card(0, "0x73df", "0000:09:00.0");

    GpuSnapshot snapshot = new GpuSurvey(settings.withRocmSmi("hashwatch-no-such-rocm-smi")).read();

    assertThat(snapshot.gpus()).extracting(GpuTelemetry::model).containsExactly("AMD GPU 0x73df");
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void aFailingRocmSmiIsAProblemAndTheCardsAreStillRead() {
    card(0, "0x73df", "0000:07:00.0");
    Path failing = Scripts.write(dir, "broken-rocm-smi", "echo 'ERROR: no amdgpu' >&2\nexit 1");

    GpuSnapshot snapshot = new GpuSurvey(settings.withRocmSmi(failing.toString())).read();

    assertThat(snapshot.gpus()).extracting(GpuTelemetry::model).containsExactly("AMD GPU 0x73df");
    assertThat(snapshot.problems())
        .containsExactly(
            "broken-rocm-smi exited 1: ERROR: no amdgpu; AMD GPUs are named by their device id");
  }

  @Test
  void aCardThatLeavesSysfsIsLost() throws IOException {
    card(0, "0x73df", "0000:07:00.0");
    card(1, "0x73df", "0000:0a:00.0");
    GpuSurvey survey = new GpuSurvey(settings);
    survey.read();

    Files.delete(sys.resolve("class/drm/card1"));
    GpuSnapshot snapshot = survey.read();

    assertThat(snapshot.gpus()).extracting(GpuTelemetry::busId).containsExactly("0000:07:00.0");
    assertThat(snapshot.lost())
        .containsExactly(
            new LostGpu(
                "0000:0a:00.0",
                "AMD",
                "AMD GPU 0x73df",
                "no longer listed by " + sys.resolve("class/drm")));
  }

  @Test
  void noAmdCardIsAProblemOnlyWhenAmdIsConfigured() {
    assertThat(new GpuSurvey(settings).read())
        .isEqualTo(new GpuSnapshot(List.of(), List.of(), List.of()));
    assertThat(new GpuSurvey(settings.withMode(GpuSettings.Mode.AMD)).read().problems())
        .containsExactly(
            "no AMD GPU under " + sys.resolve("class/drm") + ": is the amdgpu driver loaded?");
  }

  @Test
  void nvidiaAndAmdOnOneRigAreListedInBusOrder() {
    card(0, "0x73df", "0000:07:00.0");
    FakeNvidiaSmi smi =
        new FakeNvidiaSmi(dir.resolve("nvidia"))
            .answersCsv(
                "00000000:03:00.0, NVIDIA GeForce RTX 3080, 61, [N/A], 72, 221.37, 250.00, 320.00,"
                    + " 1710, 9251, 9184, 10240, 100\n"
                    + "00000000:0B:00.0, NVIDIA GeForce RTX 3070, 58, [N/A], 65, 130.10, 130.00,"
                    + " 220.00, 1500, 7001, 4100, 8192, 99\n");

    GpuSnapshot snapshot = new GpuSurvey(settings.withNvidiaSmi(smi.path().toString())).read();

    assertThat(snapshot.gpus())
        .extracting(GpuTelemetry::busId, GpuTelemetry::make)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("0000:03:00.0", "NVIDIA"),
            org.assertj.core.groups.Tuple.tuple("0000:07:00.0", "AMD"),
            org.assertj.core.groups.Tuple.tuple("0000:0b:00.0", "NVIDIA"));
  }
}
