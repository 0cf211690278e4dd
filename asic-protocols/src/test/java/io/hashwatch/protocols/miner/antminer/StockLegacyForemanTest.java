package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Reading;
import org.junit.jupiter.api.Test;

/**
 * Real stats of older Antminers from Foreman's tests, several with bmminer's {@code }{} missing
 * comma. Before {@code rate_unit}, the "GHS" figures are in each coin's unit (MH/s for an L3+, D3
 * or E3, kSol/s for a Z11). Expected figures from model data are not checked here: only the S19
 * family is in the model data this driver may rely on.
 */
class StockLegacyForemanTest {
  private static final String FOLDER = "antminer-legacy-foreman";

  private static Reading stats(String file) {
    return Recorded.reading(FOLDER, null, null, file);
  }

  @Test
  void anS9WithBrokenJsonAndABrokenSensor() {
    Reading reading = stats("s9_bad_temps.stats.json"); // "Type":"Antminer S9\nV1.3.58"

    assertThat(reading.model()).isEqualTo("Antminer S9");
    assertThat(reading.algorithm()).isEqualTo("SHA256");
    assertThat(reading.firmwareVersion()).isEqualTo("Wed Jul 31 16:18:27 CST 2019");
    assertThat(reading.hashrateHs()).isCloseTo(13883.81e9, offset(1.0));
    assertThat(reading.expectedHashrateHs()).isCloseTo(13862.52e9, offset(1.0));
    assertThat(reading.boards()).extracting(Board::index).containsExactly(5, 6, 7); // slots 6-8
    assertThat(reading.boards().get(2).hashrateHs()).isCloseTo(4640.41e9, offset(1.0));
    assertThat(reading.boards()).extracting(Board::chips).containsExactly(63, 63, 63);
    // chain 7: temp7 0 (no sensor) and temp2_7 -83 (broken sensor) are both left out
    assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(75.0, null, 73.0);
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(62.0, null, 62.0);
    assertThat(reading.fansRpm()).containsExactly(3720, 2400); // fan5 and fan6 of 8 slots
    assertThat(reading.uptimeS()).isEqualTo(293628L);
  }

  @Test
  void anS9OnHiveonAndOneOnAsicseer() {
    Reading hiveon = stats("s9_hiveon.stats.json");
    assertThat(hiveon.model()).isEqualTo("Antminer S9"); // "Antminer S9 Hiveon"
    assertThat(hiveon.hashrateHs()).isCloseTo(11781.40e9, offset(1.0));
    assertThat(hiveon.boards()).extracting(Board::chipTempC).containsExactly(74.0, 65.0, 72.0);
    assertThat(hiveon.fansRpm()).containsExactly(3840, 4920);
    assertThat(hiveon.powerW()).isNull(); // chain_power is not in watts

    Reading asicseer = stats("s9_asicseer.stats.json");
    assertThat(asicseer.firmwareVersion()).isEqualTo("Mon Nov 11 17:07:20 CST 2019");
    assertThat(asicseer.boards()).extracting(Board::index).containsExactly(5, 6, 7);
    assertThat(asicseer.boards().get(0).hashrateHs()).isCloseTo(4467.65e9, offset(1.0));
    assertThat(asicseer.accepted()).isEqualTo(1L); // asicseer adds the summary to its stats
    assertThat(asicseer.hardwareErrors()).isEqualTo(2L);
    assertThat(asicseer.uptimeS()).isEqualTo(102L);
  }

  @Test
  void anS9kAndAT15ReportTheHottestOfTheirSensorLists() {
    Reading s9k = stats("s9k.stats.json");
    assertThat(s9k.model()).isEqualTo("Antminer S9k");
    assertThat(s9k.boards()).extracting(Board::boardTempC).containsExactly(61.0, 60.0, 58.0);
    // temp_chip1 "51-85": temp2_1 is 51, the hottest chip is 85
    assertThat(s9k.boards()).extracting(Board::chipTempC).containsExactly(85.0, 84.0, 78.0);
    assertThat(s9k.fansRpm()).containsExactly(2280, 3720);

    Reading t15 = stats("t15.stats.json");
    assertThat(t15.model()).isEqualTo("Antminer T15");
    assertThat(t15.hashrateHs()).isCloseTo(21615.78e9, offset(1.0));
    assertThat(t15.expectedHashrateHs()).isCloseTo(21000.0e9, offset(1.0));
    assertThat(t15.boards()).extracting(Board::chipTempC).containsExactly(55.0, 50.0, 54.0);
    assertThat(t15.boards().get(0).hashrateHs()).isCloseTo(8048.19e9, offset(1.0));
  }

  @Test
  void anL3PlusReportsMegahashUnderGhs() {
    Reading reading = stats("l3plus.stats.json");

    assertThat(reading.model()).isEqualTo("Antminer L3+");
    assertThat(reading.algorithm()).isEqualTo("Scrypt");
    assertThat(reading.hashrateHs()).isCloseTo(504.56e6, offset(1e-3)); // "GHS 5s":"504.56"
    assertThat(reading.hashrateAvgHs()).isCloseTo(500.28e6, offset(1e-3));
    assertThat(reading.boards()).hasSize(4);
    assertThat(reading.boards().get(3).hashrateHs()).isCloseTo(126.59e6, offset(1e-3));
    assertThat(reading.boards()).extracting(Board::chips).containsOnly(72);
    assertThat(reading.boards())
        .extracting(Board::chipTempC)
        .containsExactly(54.0, 56.0, 56.0, 53.0);
    assertThat(reading.fansRpm()).containsExactly(3840, 3810);
  }

  @Test
  void aD3OnBlisszReportsMegahash() {
    Reading reading = stats("d3_blissz.stats.json");

    assertThat(reading.model()).isEqualTo("Antminer D3"); // "Antminer D3 Blissz v2.06 beta"
    assertThat(reading.algorithm()).isEqualTo("X11");
    assertThat(reading.hashrateHs()).isCloseTo(16346.64e6, offset(1e-3));
    assertThat(reading.boards()).extracting(Board::index).containsExactly(0, 1, 2);
    assertThat(reading.boards().get(1).hashrateHs()).isCloseTo(5631.41e6, offset(1e-3));
    assertThat(reading.fansRpm()).containsExactly(6030, 5790);
  }

  @Test
  void aZ11ReportsKilosolutions() {
    Reading reading = stats("z11.stats.json");

    assertThat(reading.algorithm()).isEqualTo("Equihash");
    assertThat(reading.hashrateHs()).isCloseTo(141.54e3, offset(1e-6)); // 141.54 kSol/s
    assertThat(reading.boards()).extracting(Board::chips).containsExactly(3, 3, 3);
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(90.0, 83.0, 90.0);
    assertThat(reading.fansRpm()).containsExactly(5640, 5760);
    assertThat(reading.uptimeS()).isEqualTo(68493L);
  }

  @Test
  void anE3ReportsNineChainsInScatteredSlots() {
    Reading reading = stats("e3.stats.json");

    assertThat(reading.algorithm()).isEqualTo("Ethash");
    assertThat(reading.firmwareVersion()).isEqualTo("Wed Jul 4 18:21:00 CST 2018");
    assertThat(reading.hashrateHs()).isCloseTo(197.30e6, offset(1e-3));
    assertThat(reading.boards())
        .extracting(Board::index)
        .containsExactly(0, 1, 2, 7, 8, 9, 10, 11, 12);
    assertThat(reading.boards().get(3).hashrateHs()).isCloseTo(21.81e6, offset(1e-3));
    assertThat(reading.fansRpm()).containsExactly(3600, 3720); // fan5, fan6
  }

  @Test
  void sleepingX17MinersAreReadingsOfZeroHashrate() {
    for (String file :
        new String[] {"t17plus_sleeping.stats.json", "s17plus_sleeping.stats.json"}) {
      Reading reading = stats(file);
      assertThat(reading.hashrateHs()).isEqualTo(0.0);
      assertThat(reading.hashrateAvgHs()).isEqualTo(0.0);
      assertThat(reading.boards()).isEmpty(); // every chain slot is empty while asleep
    }
    assertThat(stats("t17plus_sleeping.stats.json").model()).isEqualTo("Antminer T17+");
    assertThat(stats("t17plus_sleeping.stats.json").uptimeS()).isEqualTo(8105L);
    assertThat(stats("s17plus_sleeping.stats.json").model()).isEqualTo("Antminer S17+");
  }

  @Test
  void anS9OnOldVnishParsesTheSameThoughStockDoesNotClaimIt() {
    Reading reading = stats("s9_nicehash.stats.json"); // "Antminer S9 (vnish 3.8.6)"

    assertThat(reading.model()).isEqualTo("Antminer S9");
    assertThat(reading.hashrateHs()).isCloseTo(12795.48e9, offset(1.0));
    assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(65.0, 56.0, 63.0);
  }
}
