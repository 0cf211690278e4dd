package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import org.junit.jupiter.api.Test;

/** A real S17 Pro (2019 build) from Foreman's tests: pools and stats. */
class StockS17ProForemanTest {
  private final Reading reading =
      Recorded.reading("antminer-stock-s17pro-foreman", null, "pools.json", "stats.json");

  @Test
  void readsModelBuildAndHashrates() {
    assertThat(reading.model()).isEqualTo("Antminer S17 Pro");
    assertThat(reading.firmwareVersion()).isEqualTo("Tue Aug 20 10:37:07 CST 2019");
    assertThat(reading.algorithm()).isEqualTo("SHA256");
    assertThat(reading.hashrateHs()).isCloseTo(54997.01e9, offset(1.0)); // "GHS 5s":"54997.01"
    assertThat(reading.hashrateAvgHs()).isCloseTo(54512.07e9, offset(1.0));
    assertThat(reading.expectedHashrateHs()).isCloseTo(53619.0e9, offset(1.0));
    assertThat(reading.uptimeS()).isEqualTo(253447L);
  }

  @Test
  void readsThreeBoardsOfSixteenSlots() {
    assertThat(reading.boards()).extracting(Board::index).containsExactly(0, 1, 2);
    assertThat(reading.boards()).extracting(Board::chips).containsExactly(48, 48, 48);
    assertThat(reading.boards().get(1).hashrateHs()).isCloseTo(18418.00e9, offset(1.0));
    assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(53.0, 53.0, 45.0);
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(80.0, 75.0, 63.0);
  }

  @Test
  void leavesOutTheTwelveEmptyFanSlots() {
    assertThat(reading.fansRpm()).containsExactly(2400, 3000, 3120, 2400); // fan_num 4 of 16
  }

  @Test
  void ofThreeStratumActivePoolsTheFirstByPriorityIsActive() {
    assertThat(reading.pools()).extracting(Pool::active).containsExactly(true, false, false);
    Pool first = reading.pools().get(0);
    assertThat(first.accepted()).isEqualTo(86241L);
    assertThat(first.rejected()).isEqualTo(411L);
    assertThat(first.stale()).isEqualTo(116L);
    assertThat(first.user()).isEqualTo("CosmosCapitalFund.COSMOSxCNKxS17Px00001");
  }
}
