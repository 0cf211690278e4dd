package io.hashwatch.sentry.programs.nbminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.sentry.programs.http.DamagedRounds;
import io.hashwatch.sentry.programs.http.ProgramHttp;
import io.hashwatch.sentry.programs.http.ProgramStandIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter against a real HTTP server answering NBMiner's documented reply, on loopback. */
class NbminerAdapterTest {
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** An hour after the recorded {@code start_time}. */
  static final Instant NOW = Instant.ofEpochSecond(1_532_482_659L + 3_600);

  /**
   * Later NBMiner versions as HiveOS reads them: a display hashrate with its unit, the GPU's bus
   * number, invalid shares and the algorithm (composed: no recorded reply of them is public).
   */
  static final String LATER =
      """
      {"miner":{"devices":[{"id":0,"info":"RTX 3080","hashrate":"95.25 M","pci_bus_id":3,
                            "temperature":0,"power":220,"fan":70}],
                "total_hashrate":"95.25 M","total_power_consume":0},
       "start_time":1532482659,
       "stratum":{"algorithm":"ethash","url":"eth.pool:4444","user":"0xabc",
                  "accepted_shares":7,"rejected_shares":0,"invalid_shares":2},
       "version":"39.5"}
      """;

  final NbminerAdapter adapter =
      new NbminerAdapter(ProgramHttp.shared(), Clock.fixed(NOW, ZoneOffset.UTC));

  Reading poll(String reply) throws Exception {
    try (ProgramStandIn program = new ProgramStandIn().json("GET /api/v1/status", reply)) {
      Reading reading = (Reading) adapter.poll(program.endpoint(), TIMEOUT);
      assertThat(program.requestLines()).containsExactly("GET /api/v1/status");
      return reading;
    }
  }

  @Test
  void theRawHashratesAreHashesPerSecond() throws Exception {
    Reading reading = poll(Fixtures.text("nbminer/api_v1_status.json"));

    assertThat(reading.firmware()).isEqualTo("nbminer");
    assertThat(reading.firmwareVersion()).isEqualTo("v10.0");
    // tensority (BTM) at 1499 + 1490 H/s; the dual ethash (hashrate2, 48.3 MH/s) is not this one
    assertThat(reading.hashrateHs()).isEqualTo(2989.0);
    assertThat(reading.boards())
        .containsExactly(
            new Board(0, 1499.0, 65.0, null, null, null, null),
            new Board(1, 1490.0, 62.0, null, null, null, null));
    assertThat(reading.powerW()).isEqualTo(354.0);
    assertThat(reading.accepted()).isEqualTo(99L);
    assertThat(reading.rejected()).isEqualTo(1L);
    assertThat(reading.uptimeS()).isEqualTo(3600L);
    assertThat(reading.pools())
        .containsExactly(
            new Pool(
                "btm.pool.zhizh.com:3859",
                "bmxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.test",
                null,
                true,
                null,
                null,
                null));
  }

  @Test
  void displayHashratesAreReadWithTheirUnitWhenNoRawOneIsGiven() throws Exception {

    Reading reading = poll(LATER);

    assertThat(reading.hashrateHs()).isEqualTo(95_250_000.0);
    assertThat(reading.algorithm()).isEqualTo("ethash");
    assertThat(reading.boards())
        .containsExactly(new Board(0, 95_250_000.0, null, null, null, null, "0000:03:00.0"));
    assertThat(reading.powerW()).as("no total: the devices' sum").isEqualTo(220.0);
    assertThat(reading.hardwareErrors()).isEqualTo(2L);
  }

  @Test
  void damagedRepliesNeverBreakTheReading() {
    int readings =
        DamagedRounds.runOn(
            List.of(Fixtures.text("nbminer/api_v1_status.json"), LATER),
            "minerdvcshat_ow",
            3_000,
            29,
            reply -> NbminerReading.from(reply, NOW));

    assertThat(readings).isGreaterThan(100);
  }

  @Test
  void typeAndPorts() {
    assertThat(adapter.type()).isEqualTo("nbminer");
    assertThat(adapter.defaultPorts()).containsExactly(22333);
  }
}
