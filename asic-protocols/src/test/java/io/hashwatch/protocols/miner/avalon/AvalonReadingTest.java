package io.hashwatch.protocols.miner.avalon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.CgminerReplies;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures checked by hand against the raw files in src/test/resources/fixtures. */
class AvalonReadingTest {

  static Map<String, JsonObject> avalonQ() throws Exception {
    return Map.of(
        "version", Fixtures.json("avalon-asicrs/version.json"),
        "summary", Fixtures.json("avalon-asicrs/summary.json"),
        "pools", Fixtures.json("avalon-asicrs/pools.json"),
        "stats", Fixtures.json("avalon-asicrs/stats.json"));
  }

  @Test
  void aSleepingAvalonQIsAReadingWithZeroHashrate() throws Exception {
    Reading reading = (Reading) AvalonReading.from(avalonQ());

    assertThat(reading.make()).isEqualTo("Canaan");
    assertThat(reading.model()).isEqualTo("Avalon Q");
    assertThat(reading.firmware()).isEqualTo("avalon");
    assertThat(reading.firmwareVersion()).isEqualTo("25052801_14a19a2");
    assertThat(reading.hashrateHs()).isEqualTo(0.0); // MHS 5s 0.00: "In Idle"
    assertThat(reading.hashrateAvgHs()).isCloseTo(44_539_601.86e6, within(1.0));
    assertThat(reading.expectedHashrateHs()).isCloseTo(55_032.79e9, within(1.0)); // GHSmm
    assertThat(reading.fansRpm()).containsExactly(0, 0, 0, 0);
    assertThat(reading.powerW()).isEqualTo(0.0); // PS[0 1222 4 0 0 ...]: the PSU answers, 0 W out
    assertThat(reading.efficiencyJth()).isNull();
    assertThat(reading.accepted()).isEqualTo(890L);
    assertThat(reading.rejected()).isEqualTo(2L);
    assertThat(reading.hardwareErrors()).isEqualTo(0L);
    assertThat(reading.uptimeS()).isEqualTo(37714L);
    assertThat(reading.errors()).isEmpty();
  }

  @Test
  void avalonQHasItsChipFiguresInHbInfo() throws Exception {
    Reading reading = (Reading) AvalonReading.from(avalonQ());

    assertThat(reading.boards()).hasSize(1);
    Board board = reading.boards().get(0);
    assertThat(board.hashrateHs()).isCloseTo(44_499.41e9, within(1.0)); // MGHS[44499.41]
    assertThat(board.boardTempC()).isEqualTo(27.0); // HBOTemp[27]
    assertThat(board.chipTempC()).isEqualTo(71.0); // the hottest of HB0's PVT_T0
    assertThat(board.chips()).isEqualTo(160);
  }

  @Test
  void poolsComeWithTheirShares() throws Exception {
    Reading reading = (Reading) AvalonReading.from(avalonQ());

    assertThat(reading.pools())
        .containsExactly(
            new Pool(
                "stratum+tcp://pool.example.com:4444", "worker1", "Alive", true, 890L, 2L, 0L));
  }

  @Test
  void a1246ReadsBoardsFansAndPsuPowerFromItsMmString() throws Exception {
    Map<String, JsonObject> replies =
        Map.of("stats", Fixtures.json("avalon-asicrs/avalon_a_stats.json"));

    Reading reading = (Reading) AvalonReading.from(replies);

    assertThat(reading.model()).isEqualTo("AvalonMiner 1246");
    assertThat(reading.firmwareVersion()).isEqualTo("1246-83-21072802_4ec6bb0_211fc46");
    assertThat(reading.hashrateHs()).isCloseTo(81_072.68e9, within(1.0)); // GHSspd
    assertThat(reading.hashrateAvgHs()).isCloseTo(79_656.63e9, within(1.0)); // GHSavg
    assertThat(reading.expectedHashrateHs()).isCloseTo(83_923.04e9, within(1.0)); // GHSmm
    assertThat(reading.powerW()).isEqualTo(3189.0); // PS[0 1214 1316 242 3189 1320 3504]
    assertThat(reading.efficiencyJth()).isCloseTo(39.335, within(0.001));
    assertThat(reading.fansRpm()).containsExactly(5344, 5392, 5349, 5309);
    assertThat(reading.hardwareErrors()).isEqualTo(2735L); // HW[2735]
    assertThat(reading.uptimeS()).isEqualTo(24684L);
    assertThat(reading.boards())
        .extracting(Board::index, Board::boardTempC, Board::chipTempC, Board::chips)
        .containsExactly(
            tuple(0, 66.0, 77.0, 120), tuple(1, 65.0, 77.0, 120), tuple(2, 64.0, 76.0, 120));
    assertThat(reading.boards().get(1).hashrateHs()).isCloseTo(26_025.06e9, within(1.0));
    assertThat(reading.errors()).contains("version: no reply", "summary: no reply");
  }

  @Test
  void the10xxJoinedReplyReadsLikeSeparateOnes() throws Exception {
    JsonObject joined = Fixtures.json("avalon-foreman/avalon10xx.pools+summary+stats.json");
    Map<String, JsonObject> replies = new HashMap<>();
    for (String command : new String[] {"pools", "summary", "stats"}) {
      replies.put(command, joined.getJsonArray(command).getJsonObject(0));
    }

    Reading reading = (Reading) AvalonReading.from(replies);

    assertThat(reading.model()).isEqualTo("AvalonMiner 1047");
    assertThat(reading.hashrateHs()).isCloseTo(32_247_416.81e6, within(1.0)); // MHS 30s
    assertThat(reading.hashrateAvgHs()).isCloseTo(25_536_751.74e6, within(1.0));
    assertThat(reading.expectedHashrateHs()).isCloseTo(37_470.98e9, within(1.0));
    assertThat(reading.powerW()).as("PS[0 0 0 0 0 0] with POW_I2C[FAILED] is unknown").isNull();
    assertThat(reading.fansRpm()).containsExactly(2896, 2927);
    assertThat(reading.boards())
        .extracting(Board::chipTempC, Board::boardTempC, Board::chips)
        .containsExactly(tuple(61.0, 55.0, 120), tuple(64.0, 58.0, 120));
    assertThat(reading.accepted()).isEqualTo(6L);
    assertThat(reading.uptimeS()).isEqualTo(155L);
    assertThat(reading.pools()).hasSize(3);
    assertThat(reading.pools().get(0).url()).isEqualTo("stratum+tcp://sha256.mining-dutch.nl:9996");
    assertThat(reading.pools().get(0).active()).isTrue();
    assertThat(reading.pools().get(0).accepted()).isEqualTo(5L);
    assertThat(reading.pools().get(1).active()).isFalse();
  }

  @Test
  void a10xxWithItsPsuTalkingReportsThePsuPower() throws Exception {
    Reading reading =
        (Reading)
            AvalonReading.from(
                Map.of("stats", Fixtures.json("avalon-foreman/avalon10xx.stats.json")));

    assertThat(reading.powerW()).isEqualTo(2288.0); // PS[0 1212 1315 174 2288 1320], P_P:2288
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(75.0, 70.0);
    assertThat(reading.hardwareErrors()).isEqualTo(135L);
  }

  @Test
  void anAuc7xxControllerGivesOneBoardPerModule() throws Exception {
    Reading reading =
        (Reading)
            AvalonReading.from(
                Map.of("stats", Fixtures.json("avalon-foreman/avalon7xx.stats.json")));

    assertThat(reading.model()).isEqualTo("AvalonMiner 741"); // Ver[7411706-3162860]
    assertThat(reading.boards()).hasSize(10);
    assertThat(reading.boards())
        .extracting(Board::chipTempC)
        .containsExactly(89.0, 80.0, 92.0, 87.0, 88.0, 84.0, 89.0, 87.0, 90.0, 78.0);
    assertThat(reading.boards()).extracting(Board::chips).containsOnly(88);
    assertThat(reading.boards()).extracting(Board::hashrateHs).containsOnlyNulls();
    assertThat(reading.fansRpm())
        .containsExactly(2550, 1440, 2700, 2580, 2430, 4440, 3900, 3150, 2760, 3810);
    assertThat(reading.expectedHashrateHs()).isCloseTo(68_243.51e9, within(1.0));
    assertThat(reading.powerW()).isNull();
    assertThat(reading.hashrateHs()).isNull();
  }

  @Test
  void anAuc8xxControllerWithMixedModules() throws Exception {
    Reading reading =
        (Reading)
            AvalonReading.from(
                Map.of("stats", Fixtures.json("avalon-foreman/avalon8xx.stats.json")));

    assertThat(reading.model()).isEqualTo("AvalonMiner 841"); // the first module, Ver[8411803-...]
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(84.0, 85.0, 83.0);
    assertThat(reading.boards()).extracting(Board::chips).containsOnly(104); // TA[104]
    assertThat(reading.fansRpm()).containsExactly(5730, 5850, 5610);
    assertThat(reading.expectedHashrateHs()).isCloseTo(36_769.3e9, within(1.0));
  }

  @Test
  void noSummaryAndNoStatsIsRejectedWithTheMinersWords() throws Exception {
    JsonObject refused = CgminerReplies.error(14, "Invalid command");

    var result = AvalonReading.from(Map.of("summary", refused, "stats", refused));

    assertThat(result).isInstanceOf(Rejected.class);
    assertThat(result.errors())
        .containsExactly(
            "version: no reply",
            "summary: the miner answered E 14: Invalid command",
            "pools: no reply",
            "stats: the miner answered E 14: Invalid command");
  }

  @Test
  void minus273MeansNoSensor() {
    assertThat(AvalonBoards.celsius(-273.0)).isNull();
    assertThat(AvalonBoards.celsius(0.0)).isEqualTo(0.0);
    Reading reading =
        (Reading)
            AvalonReading.from(
                Map.of(
                    "stats", stats("Ver[1246-83-x] MGHS[100 100] MTmax[-273 70] MTavg[-273 60]")));
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(null, 70.0);
    assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(null, 60.0);
  }

  /** A stats reply of one module whose MM string is {@code mm}. */
  private static JsonObject stats(String mm) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add(
            "STATS",
            CachedJsonProvider.INSTANCE
                .createArrayBuilder()
                .add(
                    CachedJsonProvider.INSTANCE
                        .createObjectBuilder()
                        .add("STATS", 0)
                        .add("ID", "AVA100")
                        .add("MM ID0", mm)))
        .add("id", 1)
        .build();
  }
}
