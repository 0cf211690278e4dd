package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import org.junit.jupiter.api.Test;

/** Real S19 and S19 Pro stats in hard states, from Foreman's tests: no summary was recorded. */
class StockS19ForemanTest {
  private static final String FOLDER = "antminer-stock-s19-foreman";

  @Test
  void aSleepingS19IsAReadingOfZeroHashrate() {
    Reading reading = Recorded.reading(FOLDER, null, "pools.sleeping.json", "stats.sleeping.json");

    assertThat(reading.model()).isEqualTo("Antminer S19");
    assertThat(reading.firmwareVersion()).isEqualTo("Fri Dec 11 11:15:40 CST 2020");
    assertThat(reading.hashrateHs()).isEqualTo(0.0);
    assertThat(reading.hashrateAvgHs()).isEqualTo(0.0);
    assertThat(reading.expectedHashrateHs()).isCloseTo(63919.0e9, offset(1.0));
    assertThat(reading.uptimeS()).isEqualTo(735L); // STATS Elapsed, there is no summary
    assertThat(reading.accepted()).isNull();
  }

  @Test
  void aSleepingS19KeepsItsTwoBoardsInTheirSlots() {
    Reading reading = Recorded.reading(FOLDER, null, "pools.sleeping.json", "stats.sleeping.json");

    // chain 1 is empty (chain_rate1 "", chain_acn1 0): the boards are the 2nd and 3rd slots
    assertThat(reading.boards()).extracting(Board::index).containsExactly(1, 2);
    assertThat(reading.boards())
        .allSatisfy(
            board -> {
              assertThat(board.hashrateHs()).isEqualTo(0.0);
              assertThat(board.boardTempC()).isEqualTo(40.0);
              assertThat(board.chipTempC()).isEqualTo(40.0);
              assertThat(board.chips()).isEqualTo(76);
              assertThat(board.expectedChips()).isEqualTo(76);
            });
    assertThat(reading.fansRpm()).containsExactly(1560, 1560, 600, 720);
  }

  @Test
  void aSleepingS19StillListsItsPools() {
    Reading reading = Recorded.reading(FOLDER, null, "pools.sleeping.json", "stats.sleeping.json");

    assertThat(reading.pools())
        .extracting(Pool::url)
        .containsExactly(
            "stratum+tcp://aaa:700", "stratum+tcp://bbb:6000", "stratum+tcp://ccc:443");
    assertThat(reading.pools()).extracting(Pool::status).containsExactly("Alive", "Alive", "Deed");
    assertThat(reading.pools()).extracting(Pool::active).containsExactly(true, false, false);
  }

  @Test
  void anOverheatedS19ProHashesNothingNowButKeepsItsAverage() {
    Reading reading =
        Recorded.reading(FOLDER, null, "pools.overheating.json", "stats.overheating_1.json");

    assertThat(reading.model()).isEqualTo("Antminer S19 Pro");
    assertThat(reading.hashrateHs()).isEqualTo(0.0);
    assertThat(reading.hashrateAvgHs()).isCloseTo(737.37e9, offset(1.0));
    assertThat(reading.expectedHashrateHs()).isCloseTo(111859.0e9, offset(1.0));
    assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(88.0, 89.0, 92.0);
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(93.0, 94.0, 97.0);
    assertThat(reading.maxTempC()).isEqualTo(97.0);
    assertThat(reading.boards()).extracting(Board::expectedChips).containsOnly(114);
  }

  @Test
  void ofTwoStratumActivePoolsTheOneOfBestPriorityIsActive() {
    Reading reading =
        Recorded.reading(FOLDER, null, "pools.overheating.json", "stats.overheating_2.json");

    // pools 0 and 2 both say "Stratum Active": true
    assertThat(reading.pools()).extracting(Pool::active).containsExactly(true, false, false);
    assertThat(reading.pools().get(0).accepted()).isEqualTo(100129L);
    assertThat(reading.hashrateAvgHs()).isCloseTo(93556.98e9, offset(1.0));
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(96.0, 90.0, 88.0);
  }

  @Test
  void aColdS19ProReadsItsBoardsAboveFreezing() {
    Reading reading = Recorded.reading(FOLDER, null, null, "stats.really_cold.json");

    assertThat(reading.hashrateHs()).isCloseTo(110786.79e9, offset(1.0));
    assertThat(reading.boards())
        .extracting(Board::hashrateHs)
        .satisfiesExactly(
            first -> assertThat(first).isCloseTo(37735.24e9, offset(1.0)),
            second -> assertThat(second).isCloseTo(38109.07e9, offset(1.0)),
            third -> assertThat(third).isCloseTo(34942.48e9, offset(1.0)));
    // temp_pcb1 "2--1-20-22" holds -1; the hottest sensor is 22
    assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(22.0, 20.0, 21.0);
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(27.0, 25.0, 26.0);
    assertThat(reading.fansRpm()).containsExactly(5520, 5400, 5040, 5040);
    assertThat(reading.pools()).isEmpty();
  }
}
