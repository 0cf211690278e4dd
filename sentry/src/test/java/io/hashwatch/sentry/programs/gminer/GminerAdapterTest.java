package io.hashwatch.sentry.programs.gminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.DamagedRounds;
import io.hashwatch.sentry.programs.http.ProgramStandIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter against a real HTTP server answering GMiner's recorded replies, on loopback. */
class GminerAdapterTest {
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  final GminerAdapter adapter = new GminerAdapter();

  Reading poll(String fixture) throws Exception {
    try (ProgramStandIn program = new ProgramStandIn().fixture("GET /stat", fixture)) {
      Reading reading = (Reading) adapter.poll(program.endpoint(), TIMEOUT);
      assertThat(program.requestLines()).containsExactly("GET /stat");
      return reading;
    }
  }

  @Test
  void sharesPerDeviceAreSummed() throws Exception {
    Reading reading = poll("gminer/stat.json");

    assertThat(reading.firmware()).isEqualTo("gminer");
    assertThat(reading.firmwareVersion()).isNull();
    assertThat(reading.algorithm()).isNull();
    // Equihash 144,5 in Sol/s: 61.1 + 65.1 + 62.1 + 65.1
    assertThat(reading.hashrateHs()).isCloseTo(253.4, within(1e-9));
    assertThat(reading.hashrateAvgHs()).isNull();
    assertThat(reading.boards())
        .containsExactly(
            new Board(0, 61.1, 52.0, null, null, null, "0000:01:00.0"),
            new Board(1, 65.1, 48.0, null, null, null, "0000:02:00.0"),
            new Board(2, 62.1, 52.0, null, null, null, "0000:03:00.0"),
            new Board(3, 65.1, 51.0, null, null, null, "0000:04:00.0"));
    assertThat(reading.powerW()).isEqualTo(806.0);
    assertThat(reading.accepted()).isEqualTo(5L);
    assertThat(reading.rejected()).isEqualTo(0L);
    assertThat(reading.stale()).isNull();
    assertThat(reading.uptimeS()).isEqualTo(37L);
    assertThat(reading.pools())
        .containsExactly(
            new Pool(
                "stratum://eu.btgpool.pro:1445",
                "GZdx44gPVFX7GfeWXA3kyiuXecym3CWGHi.rig0",
                null,
                true,
                null,
                null,
                null));
  }

  @Test
  void totalSharesAndHexBusIdsOfVersionOneEighteen() throws Exception {
    Reading reading = poll("gminer/1.18_beam.stat.json");

    assertThat(reading.algorithm()).isEqualTo("Equihash 150,5 \"Beam-PoW\"");
    assertThat(reading.hashrateHs()).isEqualTo(180.0);
    assertThat(reading.accepted()).isEqualTo(12L);
    assertThat(reading.rejected()).isEqualTo(0L);
    assertThat(reading.powerW()).isEqualTo(1360.0);
    assertThat(reading.boards())
        .extracting(Board::busId)
        .containsExactly(
            "0000:01:00.0",
            "0000:02:00.0",
            "0000:03:00.0",
            "0000:04:00.0",
            "0000:06:00.0",
            "0000:09:00.0",
            "0000:0a:00.0",
            "0000:0b:00.0");
    assertThat(reading.boards().get(7))
        .isEqualTo(new Board(7, 24.0, 71.0, null, null, null, "0000:0b:00.0"));
  }

  @Test
  void theSpeedUnitNamesTheUnitAndIsNoFactor() throws Exception {
    Reading reading = poll("gminer/1.34.stat.json");

    assertThat(reading.firmwareVersion()).isEqualTo("1.34");
    assertThat(reading.hashrateHs()).as("\"speed\": 1.2, \"speedUnit\": \"Sol/s\"").isEqualTo(1.2);
    assertThat(reading.boards())
        .containsExactly(new Board(0, 1.2, 54.0, null, null, null, "0000:02:00.0"));
    assertThat(reading.powerW()).isEqualTo(32.0);
    assertThat(reading.uptimeS()).isEqualTo(88L);
  }

  @Test
  void damagedRepliesNeverBreakTheReading() {
    int readings =
        DamagedRounds.run(
            List.of("gminer/stat.json", "gminer/1.18_beam.stat.json", "gminer/1.34.stat.json"),
            "devicspd_ubtmr",
            3_000,
            23,
            GminerReading::from);

    assertThat(readings).isGreaterThan(100);
  }

  @Test
  void typeAndPorts() {
    assertThat(adapter.type()).isEqualTo("gminer");
    assertThat(adapter.defaultPorts()).containsExactly(42010);
  }
}
