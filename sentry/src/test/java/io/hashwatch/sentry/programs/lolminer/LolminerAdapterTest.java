package io.hashwatch.sentry.programs.lolminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.sentry.programs.http.ProgramStandIn;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The adapter against a real HTTP server answering lolMiner's replies, on loopback. */
class LolminerAdapterTest {
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  /**
   * lolMiner 1.2 and later, composed (no recorded reply of it is public) from the fields its API
   * answers as public monitoring clients read them: Workers and Algorithms.
   */
  static final String ALGORITHMS_SHAPE =
      """
      {"Software":"lolMiner 1.42",
       "Session":{"Startup":1640000000,"Startup_String":"2021-12-20_11-33-20","Uptime":3600,
                  "Last_Update":1640003600},
       "Num_Workers":2,
       "Workers":[
         {"Index":0,"Name":"NVIDIA GeForce RTX 3070","Power":120.5,"CCLK":1500,"MCLK":7000,
          "Core_Temp":61,"Juc_Temp":0,"Mem_Temp":78,"Fan_Speed":60,"PCIE_Address":"1:0"},
         {"Index":1,"Name":"AMD Radeon RX 6800","Power":0,"CCLK":0,"MCLK":0,"Core_Temp":0,
          "Juc_Temp":0,"Mem_Temp":0,"Fan_Speed":0,"PCIE_Address":"10:0"}],
       "Num_Algorithms":1,
       "Algorithms":[
         {"Algorithm":"Etchash","Algorithm_Appendix":"","Pool":"etc.2miners.com:1010",
          "User":"0xabc.rig","Worker":"rig","Performance_Unit":"Mh/s",
          "Performance_Factor":1000000,"Total_Performance":121.5,"Total_Accepted":120,
          "Total_Rejected":2,"Total_Stales":3,"Total_Errors":1,
          "Worker_Performance":[61.25,60.25],"Worker_Accepted":[60,60],
          "Worker_Rejected":[1,1],"Worker_Errors":[0,1]}]}
      """;

  final LolminerAdapter adapter = new LolminerAdapter();

  Reading poll(ProgramStandIn program) {
    return (Reading) adapter.poll(program.endpoint(), TIMEOUT);
  }

  @Test
  void versionZeroFourAnswersAtTheRoot() throws Exception {
    try (ProgramStandIn program =
        new ProgramStandIn().fixture("GET /", "lolminer/0.41.summary.json")) {
      Reading reading = poll(program);

      assertThat(program.requestLines()).containsExactly("GET /summary", "GET /");
      assertThat(reading.firmware()).isEqualTo("lolminer");
      assertThat(reading.firmwareVersion()).isEqualTo("0.41");
      assertThat(reading.algorithm()).isEqualTo("Equihash 144.5");
      // Sol/s, one hash each
      assertThat(reading.hashrateHs()).isEqualTo(24_722.0225);
      assertThat(reading.hashrateAvgHs()).as("\"TotalSpeed(60s)\": \" \"").isNull();
      assertThat(reading.boards())
          .containsExactly(
              new Board(0, 13_468.8252, null, null, null, null, null),
              new Board(1, 11_253.1973, null, null, null, null, null));
      assertThat(reading.pools())
          .containsExactly(
              new Pool(
                  "mine-btcz-euro.equipool.1ds.us:50061",
                  "t1dbQvbohSUAGE6dZpUYru7e18SCNVipVXY.lolMiner",
                  null,
                  true,
                  null,
                  null,
                  null));
      assertThat(reading.accepted()).isNull();
      assertThat(reading.uptimeS()).isNull();
    }
  }

  @Test
  void versionZeroSixHasASessionAndPcieAddresses() throws Exception {
    try (ProgramStandIn program =
        new ProgramStandIn().fixture("GET /summary", "lolminer/0.6.summary.json")) {
      Reading reading = poll(program);

      assertThat(program.requestLines()).containsExactly("GET /summary");
      assertThat(reading.firmwareVersion()).isEqualTo("0.6");
      assertThat(reading.algorithm()).isEqualTo("Equihash 210/9");
      assertThat(reading.hashrateHs()).isEqualTo(65.1);
      assertThat(reading.boards())
          .containsExactly(new Board(0, 65.1, null, null, null, null, "0000:01:00.0"));
      assertThat(reading.accepted()).isEqualTo(4L);
      assertThat(reading.rejected()).isEqualTo(0L);
      assertThat(reading.uptimeS()).isEqualTo(140L);
      assertThat(reading.pools().get(0).url()).isEqualTo("na.aionmine.org:3333");
    }
  }

  @Test
  void versionOneGivesItsUnitAndZeroForSensorsItCannotRead() throws Exception {
    try (ProgramStandIn program =
        new ProgramStandIn().fixture("GET /summary", "lolminer/1.0_nofan.summary.json")) {
      Reading reading = poll(program);

      assertThat(reading.firmwareVersion()).isEqualTo("1.0 a2");
      assertThat(reading.algorithm()).isEqualTo("ZelHash");
      assertThat(reading.hashrateHs()).as("6.70 sol/s").isEqualTo(6.70);
      assertThat(reading.boards())
          .containsExactly(new Board(0, 6.70, 49.0, null, null, null, "0000:01:00.0"));
      assertThat(reading.powerW()).as("\"TotalPower\": 0 and \"Consumption (W)\": 0").isNull();
      assertThat(reading.uptimeS()).isEqualTo(10L);
      assertThat(reading.accepted()).isEqualTo(0L);
      assertThat(reading.rejected()).isEqualTo(0L);
    }
  }

  @Test
  void laterVersionsGiveWorkersAndAlgorithmsInMegahashes() throws Exception {
    try (ProgramStandIn program = new ProgramStandIn().json("GET /summary", ALGORITHMS_SHAPE)) {
      Reading reading = poll(program);

      assertThat(reading.firmwareVersion()).isEqualTo("1.42");
      assertThat(reading.algorithm()).isEqualTo("Etchash");
      assertThat(reading.hashrateHs()).as("121.5 Mh/s").isEqualTo(121_500_000.0);
      assertThat(reading.boards())
          .containsExactly(
              new Board(0, 61_250_000.0, 61.0, null, null, null, "0000:01:00.0"),
              new Board(1, 60_250_000.0, null, null, null, null, "0000:0a:00.0"));
      assertThat(reading.powerW()).isEqualTo(120.5);
      assertThat(reading.accepted()).isEqualTo(120L);
      assertThat(reading.rejected()).isEqualTo(2L);
      assertThat(reading.stale()).isEqualTo(3L);
      assertThat(reading.hardwareErrors()).isEqualTo(1L);
      assertThat(reading.uptimeS()).isEqualTo(3600L);
      assertThat(reading.pools())
          .containsExactly(
              new Pool("etc.2miners.com:1010", "0xabc.rig", null, true, null, null, null));
      assertThat(reading.errors()).isEmpty();
    }
  }

  @Test
  void anUnknownUnitLeavesHashratesOutRatherThanGuess() throws Exception {
    String unknown =
        ALGORITHMS_SHAPE
            .replace("\"Mh/s\"", "\"Zh/s\"")
            .replace("\"Performance_Factor\":1000000,", "");
    try (ProgramStandIn program = new ProgramStandIn().json("GET /summary", unknown)) {
      Reading reading = poll(program);

      assertThat(reading.hashrateHs()).isNull();
      assertThat(reading.boards()).extracting(Board::hashrateHs).containsOnlyNulls();
      assertThat(reading.errors())
          .containsExactly("lolMiner's performance unit \"Zh/s\" is unknown: hashrates left out");
    }
  }

  @Test
  void anUnknownUnitWithItsFactorIsReadByTheFactor() throws Exception {
    String factorOnly =
        ALGORITHMS_SHAPE
            .replace("\"Mh/s\"", "\"kilo-sols\"")
            .replace("\"Performance_Factor\":1000000", "\"Performance_Factor\":1000");
    try (ProgramStandIn program = new ProgramStandIn().json("GET /summary", factorOnly)) {
      Reading reading = poll(program);

      assertThat(reading.hashrateHs()).isEqualTo(121_500.0);
      assertThat(reading.errors()).isEmpty();
    }
  }

  @Test
  void typeAndPorts() {
    assertThat(adapter.type()).isEqualTo("lolminer");
    assertThat(adapter.defaultPorts()).containsExactly(44444);
  }
}
