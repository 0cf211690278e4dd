package io.hashwatch.protocols.miner.luxos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures checked by hand against the raw files in src/test/resources/fixtures/luxos. */
class LuxosReadingTest {

  static Map<String, JsonObject> replies() throws Exception {
    Map<String, JsonObject> replies = new HashMap<>();
    for (String command : LuxosReading.COMMANDS) {
      replies.put(command, Fixtures.json("luxos/" + command + ".json"));
    }
    return replies;
  }

  @Test
  void readsTheMinerItRunsOn() throws Exception {
    Reading reading = (Reading) LuxosReading.from(replies());

    assertThat(reading.make()).isEqualTo("Bitmain");
    assertThat(reading.model()).isEqualTo("Antminer S19k Pro");
    assertThat(reading.firmware()).isEqualTo("luxos");
    assertThat(reading.firmwareVersion()).isEqualTo("2025.4.8.220305-57b389c7");
    assertThat(reading.errors()).isEmpty();
  }

  @Test
  void readsHashratesPowerAndShares() throws Exception {
    Reading reading = (Reading) LuxosReading.from(replies());

    assertThat(reading.hashrateHs()).isCloseTo(59_756.06e9, within(1.0)); // GHS 5s
    assertThat(reading.hashrateAvgHs()).isCloseTo(56_917.91e9, within(1.0)); // GHS av
    assertThat(reading.expectedHashrateHs())
        .isCloseTo(3 * 20_651_400.0e6, within(1.0)); // Nominal MHS
    assertThat(reading.powerW()).isEqualTo(1051.0);
    assertThat(reading.efficiencyJth()).isCloseTo(17.588, within(0.001));
    assertThat(reading.fansRpm()).containsExactly(1920, 1920, 2340, 2340); // by fan ID
    assertThat(reading.accepted()).isEqualTo(1483L);
    assertThat(reading.rejected()).isEqualTo(1L);
    assertThat(reading.hardwareErrors()).isEqualTo(0L);
    assertThat(reading.uptimeS()).isEqualTo(3453L);
  }

  @Test
  void boardsJoinDevsChainsAndTemps() throws Exception {
    Reading reading = (Reading) LuxosReading.from(replies());

    assertThat(reading.boards())
        .extracting(Board::index, Board::chips, Board::boardTempC, Board::chipTempC)
        .containsExactly(
            tuple(0, 77, 47.0, 47.0), tuple(1, 77, 47.0, 47.0), tuple(2, 77, 47.0, 47.0));
    assertThat(reading.boards())
        .extracting(Board::hashrateHs)
        .containsExactly(19_773_825.71692016e6, 19_230_588.7466751e6, 20_751_652.263361264e6);
  }

  @Test
  void poolsKeepTheirStateAndShares() throws Exception {
    Reading reading = (Reading) LuxosReading.from(replies());

    assertThat(reading.pools()).hasSize(4);
    assertThat(reading.pools().get(0))
        .isEqualTo(
            new Pool(
                "stratum+tcp://ca.stratum.braiins.com:3333",
                "asic-rs.user1",
                "Alive",
                true,
                724L,
                0L,
                0L));
    assertThat(reading.pools().get(1).status()).isEqualTo("Dead");
    assertThat(reading.pools().get(1).active()).isFalse();
  }

  @Test
  void withoutTheVendorCommandsTheStatsStandIn() throws Exception {
    Map<String, JsonObject> replies = replies();
    JsonObject refused =
        CgminerClient.parse(
            "{\"STATUS\":[{\"STATUS\":\"E\",\"When\":1,\"Code\":14,\"Msg\":\"Invalid command\"}],\"id\":1}");
    replies.put("fans", refused);
    replies.put("temps", refused);
    replies.put("power", refused);

    Reading reading = (Reading) LuxosReading.from(replies);

    assertThat(reading.fansRpm()).containsExactly(1920, 1920, 2340, 2340); // fan1..fan4 of stats
    assertThat(reading.boards()).extracting(Board::boardTempC).containsOnly(47.0); // temp_pcb
    assertThat(reading.powerW()).isNull();
    assertThat(reading.errors())
        .containsExactly(
            "fans: the miner answered E 14: Invalid command",
            "temps: the miner answered E 14: Invalid command",
            "power: the miner answered E 14: Invalid command");
  }

  @Test
  void withNeitherSummaryNorDevsThereIsNoReading() throws Exception {
    Map<String, JsonObject> replies = new HashMap<>();
    replies.put("version", Fixtures.json("luxos/version.json"));

    assertThat(LuxosReading.from(replies)).isInstanceOf(Rejected.class);
  }
}
