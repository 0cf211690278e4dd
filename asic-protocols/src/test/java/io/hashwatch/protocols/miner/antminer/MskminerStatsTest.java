package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Reading;
import org.junit.jupiter.api.Test;

/**
 * MSKMiner on an S19 (pyasic's recorded replies). Stock does not claim it (see {@link
 * AntminerDriver}), but its cgminer API is bmminer's, so the stats parser reads its figures; a
 * driver of its own can build on that. Its Type names no Antminer model, so no model data applies.
 */
class MskminerStatsTest {
  private final Reading reading =
      Recorded.reading("antminer-s19-mskminer-pyasic", null, "pools.json", "stats.json");

  @Test
  void readsHashrateAndPowerWhichStockDoesNotGive() {
    assertThat(reading.hashrateHs()).isCloseTo(99989.59e9, offset(1.0));
    assertThat(reading.expectedHashrateHs()).isCloseTo(99674.88e9, offset(1.0));
    assertThat(reading.powerW()).isEqualTo(3358.0); // total_power
    assertThat(reading.efficiencyJth()).isCloseTo(3358 / 99.98959, offset(1e-6));
    assertThat(reading.firmwareVersion()).isEqualTo("10 Dec 2024 14:34:31 GMT");
  }

  @Test
  void readsThreeBoardsOf88ChipsWithoutExpectedChips() {
    assertThat(reading.boards()).extracting(Board::index).containsExactly(0, 1, 2);
    assertThat(reading.boards()).extracting(Board::chips).containsOnly(88);
    assertThat(reading.boards()).extracting(Board::expectedChips).containsOnly((Integer) null);
    assertThat(reading.boards().get(0).hashrateHs()).isCloseTo(34084.86e9, offset(1.0));
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(59.0, 57.0, 58.0);
    assertThat(reading.fansRpm()).containsExactly(5010, 5160, 5070, 5040);
    assertThat(reading.pools()).hasSize(3);
  }
}
