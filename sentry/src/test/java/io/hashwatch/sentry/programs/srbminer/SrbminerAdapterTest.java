package io.hashwatch.sentry.programs.srbminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.sentry.programs.http.DamagedRounds;
import io.hashwatch.sentry.programs.http.ProgramStandIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter against a real HTTP server answering SRBMiner's recorded replies, on loopback. */
class SrbminerAdapterTest {
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  final SrbminerAdapter adapter = new SrbminerAdapter();

  Reading poll(String reply) throws Exception {
    try (ProgramStandIn program = new ProgramStandIn().json("GET /", reply)) {
      Reading reading = (Reading) adapter.poll(program.endpoint(), TIMEOUT);
      assertThat(program.requestLines()).containsExactly("GET /");
      return reading;
    }
  }

  @Test
  void srbminerCnWithOneGpu() throws Exception {
    Reading reading = poll(Fixtures.text("srbminer/1.7.9.root.json"));

    assertThat(reading.firmware()).isEqualTo("srbminer");
    assertThat(reading.firmwareVersion()).isEqualTo("1.7.9");
    assertThat(reading.algorithm()).isEqualTo("normalv8");
    assertThat(reading.hashrateHs()).isEqualTo(343.0);
    assertThat(reading.hashrateAvgHs())
        .as("the 5 and 30 min windows are 0 after 132 s: the minute is the average")
        .isEqualTo(339.0);
    assertThat(reading.boards())
        .containsExactly(new Board(0, 343.0, 63.0, null, null, null, "0000:02:00.0"));
    assertThat(reading.hardwareErrors()).isEqualTo(0L);
    assertThat(reading.accepted()).isEqualTo(0L);
    assertThat(reading.rejected()).isEqualTo(0L);
    assertThat(reading.uptimeS()).isEqualTo(132L);
    assertThat(reading.powerW()).isNull();
    assertThat(reading.pools())
        .containsExactly(
            new Pool("xmr-eu1.nanopool.org:14444", null, null, true, null, null, null));
  }

  @Test
  void computeErrorsAreHardwareErrorsAndBusNumbersDecimal() throws Exception {
    Reading reading = poll(Fixtures.text("srbminer/compute_error.root.json"));

    assertThat(reading.hashrateHs()).isEqualTo(27_643.0);
    assertThat(reading.hashrateAvgHs()).isEqualTo(27_638.0);
    assertThat(reading.boards())
        .containsExactly(new Board(3, 4549.0, 65.0, null, null, null, "0000:0d:00.0"));
    assertThat(reading.hardwareErrors()).isEqualTo(1L);
    assertThat(reading.accepted()).isEqualTo(546L);
    assertThat(reading.uptimeS()).isEqualTo(48_936L);
  }

  @Test
  void srbminerMultiOnACpuHasNoBoards() throws Exception {
    Reading reading = poll(Fixtures.text("srbminer/multi_cpu.root.json"));

    assertThat(reading.firmwareVersion()).isEqualTo("0.5.6");
    assertThat(reading.algorithm()).isEqualTo("verushash");
    assertThat(reading.hashrateHs()).isEqualTo(206_111.5149227829);
    assertThat(reading.hashrateAvgHs()).isEqualTo(198_834.8169509847);
    assertThat(reading.boards()).isEmpty();
    assertThat(reading.accepted()).isEqualTo(15L);
    assertThat(reading.rejected()).isEqualTo(0L);
    assertThat(reading.uptimeS()).isEqualTo(1368L);
    assertThat(reading.pools().get(0).url()).isEqualTo("verus.alphatechit.co.uk:9997");
  }

  /** SRBMiner-MULTI on a GPU, as HiveOS reads it: {@code hashrate.gpu.gpuN} by gpu_devices. */
  @Test
  void srbminerMultiGpusAreJoinedByTheirDeviceName() throws Exception {
    Reading reading = poll(multiWithGpu());

    assertThat(reading.boards())
        .containsExactly(new Board(0, 30_500_000.5, 58.0, null, null, null, "0000:03:00.0"));
    assertThat(reading.hardwareErrors()).isEqualTo(2L);
  }

  @Test
  void damagedRepliesNeverBreakTheReading() {
    int readings =
        DamagedRounds.runOn(
            List.of(
                Fixtures.text("srbminer/1.7.9.root.json"),
                Fixtures.text("srbminer/compute_error.root.json"),
                Fixtures.text("srbminer/multi_cpu.root.json"),
                multiWithGpu()),
            "hashrtedvicgpulmn_",
            3_000,
            31,
            SrbminerReading::from);

    assertThat(readings).isGreaterThan(100);
  }

  /** SRBMiner-MULTI's CPU reply with one GPU added, in the fields HiveOS reads of it. */
  static String multiWithGpu() {
    return Fixtures.text("srbminer/multi_cpu.root.json")
        .replace(
            "\"gpu_devices\": []",
            "\"gpu_devices\": [{\"id\": 0, \"device\": \"gpu0\", \"model\": \"RX 6600\","
                + " \"bus_id\": 3, \"temperature\": 58, \"compute_errors\": 2}]")
        .replace("\"total\": 0.0", "\"gpu0\": 30500000.5, \"total\": 30500000.5");
  }

  @Test
  void typeAndPorts() {
    assertThat(adapter.type()).isEqualTo("srbminer");
    assertThat(adapter.defaultPorts()).containsExactly(21550);
  }
}
