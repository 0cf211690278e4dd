package io.hashwatch.sentry.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Gpu;
import io.hashwatch.protocols.reading.Host;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.sentry.gpus.GpuSnapshot;
import io.hashwatch.sentry.gpus.GpuTelemetry;
import io.hashwatch.sentry.host.HostReading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RigReadingsTest {
  private static final String BUS_1 = "0000:01:00.0";
  private static final String BUS_2 = "0000:02:00.0";

  private final RigReadings readings = new RigReadings("rig-07");

  @Test
  void eachGpuGetsTheHashrateOfTheProgramsMiningOnItJoinedOnTheBusId() {
    Map<String, PollResult> programs = new LinkedHashMap<>();
    // GMiner writes the nvidia-smi form; lolMiner writes bus:device in decimal.
    programs.put("gminer", program("gminer", board(0, 30e6, "00000000:01:00.0")));
    programs.put("lolminer", program("lolminer", board(0, 5e6, "1:0"), board(1, 40e6, "2:0")));
    programs.put("xmrig", program("xmrig"));

    List<RigEntry> entries = readings.entries(host(), twoGpus(), programs);

    Reading first = reading(entries, "rig-07/gpu/" + BUS_1);
    assertThat(first.hashrateHs()).isEqualTo(35e6);
    assertThat(first.gpu().programs()).containsExactly("gminer", "lolminer");
    assertThat(first.make()).isEqualTo("NVIDIA");
    assertThat(first.powerW()).isEqualTo(150.0);
    Reading second = reading(entries, "rig-07/gpu/" + BUS_2);
    assertThat(second.hashrateHs()).isEqualTo(40e6);
    assertThat(second.gpu().programs()).containsExactly("lolminer");
    assertThat(entries)
        .extracting(RigEntry::address, RigEntry::kind)
        .containsExactly(
            tuple("rig-07", DeviceKind.RIG),
            tuple("rig-07/gpu/" + BUS_1, DeviceKind.GPU),
            tuple("rig-07/gpu/" + BUS_2, DeviceKind.GPU),
            tuple("rig-07/gminer", DeviceKind.PROGRAM),
            tuple("rig-07/lolminer", DeviceKind.PROGRAM),
            tuple("rig-07/xmrig", DeviceKind.PROGRAM));
  }

  @Test
  void aGpuNoProgramMinesOnHasNoHashrateRatherThanZero() {
    List<RigEntry> entries = readings.entries(host(), twoGpus(), Map.of());

    assertThat(reading(entries, "rig-07/gpu/" + BUS_2).hashrateHs()).isNull();
    assertThat(reading(entries, "rig-07/gpu/" + BUS_2).gpu().programs()).isEmpty();
  }

  @Test
  void aProgramsBoardWithoutTemperatureTakesTheGpusOwn() {
    Map<String, PollResult> programs =
        Map.of("gminer", program("gminer", board(0, 30e6, BUS_2), board(1, 1e6, "0000:09:00.0")));

    List<RigEntry> entries = readings.entries(host(), twoGpus(), programs);

    List<Board> boards = reading(entries, "rig-07/gminer").boards();
    assertThat(boards.get(0).boardTempC()).isEqualTo(66.0);
    assertThat(boards.get(1).boardTempC()).as("no GPU on that bus").isNull();
  }

  @Test
  void theRigCarriesTheHostTheGpusPowerAndEveryProblem() {
    GpuSnapshot gpus =
        new GpuSnapshot(
            twoGpus().gpus(),
            List.of(),
            List.of("rocm-smi not found on PATH: install ROCm or set rocm-smi = PATH"));

    Reading rig = reading(readings.entries(host(), gpus, Map.of()), "rig-07");

    assertThat(rig.host().cpuModel()).isEqualTo("AMD Ryzen 5 5600X");
    assertThat(rig.powerW()).isEqualTo(150.0 + 210.5);
    assertThat(rig.uptimeS()).isEqualTo(7200L);
    assertThat(rig.fansRpm()).containsExactly(900);
    assertThat(rig.errors()).containsExactly("no fan sensors", gpus.problems().get(0));
    assertThat(rig.hashrateHs()).as("algorithms of different programs do not add up").isNull();
  }

  @Test
  void aLostGpuIsReportedUnreachableWithTheReason() {
    GpuSnapshot gpus =
        new GpuSnapshot(
            List.of(),
            List.of(
                new GpuSnapshot.LostGpu(
                    BUS_2, "NVIDIA", "RTX 3070", "no longer listed by nvidia-smi")),
            List.of());

    RigEntry lost = readings.entries(host(), gpus, Map.of()).get(1);

    assertThat(lost.address()).isEqualTo("rig-07/gpu/" + BUS_2);
    assertThat(lost.kind()).isEqualTo(DeviceKind.GPU);
    assertThat(lost.result()).isInstanceOf(Unreachable.class);
    assertThat(lost.result().errors())
        .containsExactly("GPU " + BUS_2 + " lost: no longer listed by nvidia-smi");
  }

  @Test
  void aProgramThatDidNotAnswerIsPassedOnAsItIs() {
    PollResult down = new Unreachable(List.of("connect to 127.0.0.1:4067 refused"));

    List<RigEntry> entries = readings.entries(host(), twoGpus(), Map.of("t-rex", down));

    assertThat(entries.get(entries.size() - 1).result()).isSameAs(down);
    assertThat(reading(entries, "rig-07/gpu/" + BUS_1).hashrateHs()).isNull();
  }

  private static Reading reading(List<RigEntry> entries, String address) {
    return (Reading)
        entries.stream()
            .filter(entry -> entry.address().equals(address))
            .findFirst()
            .orElseThrow()
            .result();
  }

  private static Reading program(String type, Board... boards) {
    return Reading.builder().firmware(type).hashrateHs(1.0).boards(List.of(boards)).build();
  }

  private static Board board(int index, double hashrateHs, String busId) {
    return new Board(index, hashrateHs, null, null, null, null, busId);
  }

  private static HostReading host() {
    Host host =
        new Host(
            "rig-07",
            "Debian GNU/Linux 12",
            "AMD Ryzen 5 5600X",
            12,
            50.0,
            3.5,
            70.0,
            List.of(),
            16L << 30,
            8L << 30,
            List.of(),
            List.of());
    return new HostReading(host, List.of(900), 7200L, List.of("no fan sensors"));
  }

  private static GpuSnapshot twoGpus() {
    return new GpuSnapshot(
        List.of(gpu(BUS_1, "RTX 3080", 150.0, 61.0), gpu(BUS_2, "RTX 3070", 210.5, 66.0)),
        List.of(),
        List.of());
  }

  private static GpuTelemetry gpu(String bus, String name, double powerW, double tempC) {
    return new GpuTelemetry(
        "NVIDIA",
        name,
        powerW,
        List.of(),
        new Gpu(bus, tempC, null, null, 60, 220.0, 1800, 9500, 1000L, 10000L, 99, List.of()));
  }
}
