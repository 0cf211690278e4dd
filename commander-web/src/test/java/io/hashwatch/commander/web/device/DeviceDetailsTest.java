package io.hashwatch.commander.web.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.commander.fleet.DeviceView;
import io.hashwatch.protocols.report.DeviceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The device page's view of recorded readings (docs/READING.md's examples). */
class DeviceDetailsTest {
  private static final OffsetDateTime SEEN = OffsetDateTime.parse("2026-11-30T10:00:00Z");

  static DeviceView device(DeviceKind kind, String fixture) throws IOException {
    String json = fixture == null ? null : fixture(fixture);
    return new DeviceView(
        7,
        1,
        "10.0.0.7:4028",
        kind,
        "Bitmain",
        "Antminer S19j",
        null,
        DeviceStatus.ONLINE,
        SEEN,
        json == null ? null : SEEN,
        json);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = DeviceDetailsTest.class.getResourceAsStream("/readings/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anAsicShowsItsFiguresBoardsWithMissingChipsFansAndPools() throws IOException {
    DeviceDetails details = DeviceDetails.of(device(DeviceKind.ASIC, "s19-missing-chips.json"));

    assertThat(details.result()).isEqualTo("reading");
    assertThat(details.title()).isEqualTo("Bitmain Antminer S19");
    assertThat(details.reading().hashrateHs()).isEqualTo(9.5e13);
    assertThat(details.reading().hashrateAvgHs()).isEqualTo(9.4e13);
    assertThat(details.reading().maxTempC()).isEqualTo(78.0);
    assertThat(details.efficiencyJth()).isEqualTo(3250 / 95.0);
    assertThat(details.efficiencyText()).isEqualTo("34.2 J/TH");
    assertThat(details.boards())
        .containsExactly(
            new BoardRow(0, 3.2e13, 60.0, 76.5, 76, 76, 0, null),
            new BoardRow(1, 3.0e13, 61.0, 78.0, 72, 76, 4, null),
            new BoardRow(2, 3.3e13, null, 75.0, null, null, 0, null));
    assertThat(details.boards())
        .extracting(BoardRow::chipsText)
        .containsExactly("76 / 76", "72 / 76", "–");
    assertThat(details.missingChips()).isEqualTo(4);
    assertThat(details.boardsHaveBusIds()).isFalse();
    assertThat(details.fansRpm()).containsExactly(5880, 5760);
    assertThat(details.pools()).hasSize(2);
    assertThat(details.pools().get(0).active()).isTrue();
    assertThat(details.pools().get(0).stale()).isEqualTo(3);
    assertThat(details.pools().get(1).status()).isEqualTo("Dead");
    assertThat(details.errors()).containsExactly("fan 3 not found");
    assertThat(details.host()).isNull();
    assertThat(details.gpu()).isNull();
  }

  @Test
  void aRigShowsItsHostWithSizesInWords() throws IOException {
    DeviceDetails details = DeviceDetails.of(device(DeviceKind.RIG, "rig.json"));

    HostFigures host = details.host();
    assertThat(host.host().hostname()).isEqualTo("rig-07");
    assertThat(host.memory()).isEqualTo("12.0 GiB used of 32.0 GiB (38 %)");
    assertThat(host.disks())
        .containsExactly(new HostFigures.DiskRow("/", "139.7 GiB used of 232.8 GiB (60 %)"));
    assertThat(details.reading().maxTempC()).isEqualTo(71.0);
    assertThat(details.boards()).isEmpty();
    assertThat(details.efficiencyJth()).isNull();
    assertThat(details.efficiencyText()).isEqualTo("–");
  }

  @Test
  void aGpuShowsItsTelemetry() throws IOException {
    DeviceDetails details = DeviceDetails.of(device(DeviceKind.GPU, "gpu.json"));

    assertThat(details.title()).isEqualTo("NVIDIA GeForce RTX 3080");
    assertThat(details.efficiencyText()).as("per MH/s: 220.25 W / 97.5 MH/s").isEqualTo("2.3 J/MH");
    assertThat(details.gpu().busId()).isEqualTo("0000:01:00.0");
    assertThat(details.gpu().programs()).containsExactly("t-rex");
    assertThat(details.reading().maxTempC()).isEqualTo(88.0);
    assertThat(details.host()).isNull();
  }

  @Test
  void aProgramsBoardsCarryTheirBusIds() throws IOException {
    DeviceDetails details = DeviceDetails.of(device(DeviceKind.PROGRAM, "program.json"));

    assertThat(details.boardsHaveBusIds()).isTrue();
    assertThat(details.boards())
        .containsExactly(new BoardRow(0, 7748158.0, 61.0, null, null, null, 0, "0000:01:00.0"));
    assertThat(details.reading().firmware()).isEqualTo("t-rex");
    assertThat(details.title())
        .as("the directory's names when the reading has none")
        .isEqualTo("Bitmain Antminer S19j");
  }

  @Test
  void anUnreachableDeviceShowsWhyAndNoFigures() throws IOException {
    DeviceDetails details = DeviceDetails.of(device(DeviceKind.ASIC, "unreachable.json"));

    assertThat(details.result()).isEqualTo("unreachable");
    assertThat(details.errors()).containsExactly("connect to 10.0.0.6:4028 timed out after 3 s");
    assertThat(details.reading().hashrateHs()).isNull();
    assertThat(details.boards()).isEmpty();
    assertThat(details.pools()).isEmpty();
  }

  @Test
  void aDeviceNeverPolledHasNoResultYet() throws IOException {
    DeviceDetails details = DeviceDetails.of(device(DeviceKind.ASIC, null));

    assertThat(details.result()).isEqualTo("none");
    assertThat(details.errors()).isEmpty();
    assertThat(details.reading().powerW()).isNull();
  }

  @Test
  void sizesReadInBinaryUnits() {
    assertThat(HostFigures.bytes(512)).isEqualTo("512 B");
    assertThat(HostFigures.bytes(1536)).isEqualTo("1.5 KiB");
    assertThat(HostFigures.usage(null, 5L)).isEqualTo("–");
    assertThat(HostFigures.usage(2048L, null)).isEqualTo("2.0 KiB");
  }
}
