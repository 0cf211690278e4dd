package io.hashwatch.sentry.gpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Gpu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AMD cards read from a sysfs tree built in a temporary directory the way the kernel lays it out
 * (see {@link SysfsTree}): hwmon units as Documentation/hwmon/sysfs-interface.rst gives them (m°C,
 * µW, RPM, PWM 0-255, Hz), the amdgpu files as Documentation/gpu/amdgpu/thermal.rst and
 * driver-misc.rst describe them.
 */
class AmdSysfsTest {
  @TempDir Path root;

  private SysfsTree tree;

  @BeforeEach
  void tree() {
    tree = new SysfsTree(root);
  }

  @Test
  void readsEveryFigureOfARecentCard() {
    Path device = tree.card(0, "0x1002", "0x73df", "0000:07:00.0");
    SysfsTree.write(
        device,
        "uevent",
        "DRIVER=amdgpu\nPCI_CLASS=30000\nPCI_ID=1002:73DF\nPCI_SLOT_NAME=0000:07:00.0\n",
        "gpu_busy_percent",
        "99\n",
        "mem_info_vram_used",
        "1622728704\n",
        "mem_info_vram_total",
        "12868124672\n",
        "pp_dpm_sclk",
        "0: 500Mhz\n1: 2575Mhz *\n",
        "pp_dpm_mclk",
        "0: 96Mhz\n1: 1000Mhz *\n");
    SysfsTree.write(
        device.resolve("hwmon/hwmon3"),
        "name",
        "amdgpu\n",
        "temp1_input",
        "45000\n",
        "temp1_label",
        "edge\n",
        "temp2_input",
        "58000\n",
        "temp2_label",
        "junction\n",
        "temp3_input",
        "62000\n",
        "temp3_label",
        "mem\n",
        "power1_average",
        "123456789\n",
        "power1_cap",
        "211000000\n",
        "fan1_input",
        "1650\n",
        "pwm1",
        "102\n",
        "freq1_input",
        "2565000000\n",
        "freq1_label",
        "sclk\n",
        "freq2_input",
        "1000000000\n",
        "freq2_label",
        "mclk\n");

    List<AmdCard> cards = new AmdSysfs(root).cards();

    assertThat(cards)
        .containsExactly(
            new AmdCard(
                "0x73df",
                new GpuTelemetry(
                    "AMD",
                    null,
                    123.456789,
                    List.of(1650),
                    new Gpu(
                        "0000:07:00.0",
                        45.0,
                        58.0,
                        62.0,
                        40,
                        211.0,
                        2565,
                        1000,
                        1547L,
                        12272L,
                        99,
                        List.of()))));
  }

  @Test
  void anOlderCardHasOneUnlabelledTemperatureAndDpmLevelsAndItsBusIdFromTheLink() {
    Path device = tree.card(1, "0x1002", "0x67df", "0000:0a:00.0");
    SysfsTree.write(
        device,
        "product_name",
        "Radeon RX 580 Series\n",
        "pp_dpm_sclk",
        "0: 300Mhz\n1: 600Mhz\n7: 1340Mhz *\n",
        "pp_dpm_mclk",
        "0: 300Mhz\n1: 2000Mhz *\n");
    SysfsTree.write(
        device.resolve("hwmon/hwmon1"),
        "temp1_input",
        "61000\n",
        "power1_input",
        "98000000\n",
        "fan1_input",
        "0\n");

    assertThat(new AmdSysfs(root).cards())
        .containsExactly(
            new AmdCard(
                "0x67df",
                new GpuTelemetry(
                    "AMD",
                    "Radeon RX 580 Series",
                    98.0,
                    List.of(0),
                    new Gpu(
                        "0000:0a:00.0",
                        61.0,
                        null,
                        null,
                        null,
                        null,
                        1340,
                        2000,
                        null,
                        null,
                        null,
                        List.of()))));
  }

  @Test
  void onlyAmdCardsAreReadInCardOrderAndConnectorsAreNoCards() throws Exception {
    tree.card(10, "0x1002", "0x73bf", "0000:0c:00.0");
    tree.card(2, "0x1002", "0x73df", "0000:03:00.0");
    tree.card(1, "0x10de", "0x2206", "0000:01:00.0");
    Files.writeString(root.resolve("class/drm/version"), "drm 1.1.0 20060810\n");

    assertThat(new AmdSysfs(root).cards())
        .extracting(AmdCard::busId)
        .containsExactly("0000:03:00.0", "0000:0c:00.0");
  }

  @Test
  void aFileThatCannotBeReadNowLeavesItsFigureAbsent() throws Exception {
    Path device = tree.card(0, "0x1002", "0x73df", "0000:07:00.0");
    Path hwmon = SysfsTree.write(device.resolve("hwmon/hwmon0"), "temp1_input", "not a number\n");
    // A read that fails (EIO, ENODATA while the GPU sleeps) is an IOException like this one.
    Files.createDirectories(hwmon.resolve("power1_average"));

    GpuTelemetry gpu = new AmdSysfs(root).cards().get(0).telemetry();

    assertThat(gpu.powerW()).isNull();
    assertThat(gpu.figures().tempC()).isNull();
  }

  @Test
  void noDrmDirectoryIsNoCard() {
    assertThat(new AmdSysfs(root.resolve("elsewhere")).cards()).isEmpty();
  }
}
