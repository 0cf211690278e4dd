package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import org.junit.jupiter.api.Test;

/** A real S19 Pro on the 2022 stock build (asic-rs capture): summary, pools and stats. */
class StockS19ProBmminerTest {
  private static final String FOLDER = "antminer-stock-s19pro-bmminer";

  private final Reading reading =
      Recorded.reading(FOLDER, "summary.json", "pools.json", "stats.json");

  @Test
  void namesTheModelAndBuild() {
    assertThat(reading.make()).isEqualTo("Bitmain");
    assertThat(reading.model()).isEqualTo("Antminer S19 Pro");
    assertThat(reading.firmware()).isEqualTo("stock");
    assertThat(reading.firmwareVersion()).isEqualTo("Tue Dec  6 16:12:30 CST 2022");
    assertThat(reading.algorithm()).isEqualTo("SHA256");
    assertThat(reading.errors()).isEmpty();
  }

  @Test
  void readsHashratesInGigahashFromTheSummary() {
    assertThat(reading.hashrateHs()).isCloseTo(110566.89e9, offset(1.0)); // SUMMARY GHS 5s
    assertThat(reading.hashrateAvgHs()).isCloseTo(111834.85e9, offset(1.0)); // SUMMARY GHS av
    assertThat(reading.expectedHashrateHs()).isCloseTo(110000.0e9, offset(1.0)); // rateideal
  }

  @Test
  void readsThreeBoardsAndSkipsTheEmptyFourthSlot() {
    assertThat(reading.boards()).extracting(Board::index).containsExactly(0, 1, 2);
    Board first = reading.boards().get(0);
    assertThat(first.hashrateHs()).isCloseTo(37603.30e9, offset(1.0));
    assertThat(first.boardTempC()).isEqualTo(73.0); // temp_pcb1 "73-45-64-65"
    assertThat(first.chipTempC()).isEqualTo(78.0); // temp_chip1 "78-50-69-70"
    assertThat(first.chips()).isEqualTo(114);
    assertThat(first.expectedChips()).isEqualTo(114); // model data: S19 Pro
    assertThat(reading.boards().get(1).hashrateHs()).isCloseTo(35536.22e9, offset(1.0));
    assertThat(reading.boards().get(1).boardTempC()).isEqualTo(66.0);
    assertThat(reading.boards().get(2).hashrateHs()).isCloseTo(37427.38e9, offset(1.0));
    assertThat(reading.boards().get(2).chipTempC()).isEqualTo(69.0);
  }

  @Test
  void readsFansSharesAndUptime() {
    assertThat(reading.fansRpm()).containsExactly(6000, 5880, 5040, 5040);
    assertThat(reading.accepted()).isEqualTo(4057L);
    assertThat(reading.rejected()).isEqualTo(11L);
    assertThat(reading.hardwareErrors()).isEqualTo(562L);
    assertThat(reading.uptimeS()).isEqualTo(50474L);
    assertThat(reading.powerW()).isNull(); // stock bmminer does not say
    assertThat(reading.efficiencyJth()).isNull();
  }

  @Test
  void marksTheStratumActivePoolOfBestPriority() {
    assertThat(reading.pools()).hasSize(3);
    Pool first = reading.pools().get(0);
    assertThat(first.url()).isEqualTo("stratum+tcp://btc.global.luxor.tech:700");
    assertThat(first.user()).isEqualTo("satokierepair.H04YK");
    assertThat(first.status()).isEqualTo("Alive");
    assertThat(first.active()).isTrue();
    assertThat(first.accepted()).isEqualTo(4057L);
    assertThat(first.rejected()).isEqualTo(11L);
    assertThat(first.stale()).isEqualTo(1L);
    assertThat(reading.pools()).extracting(Pool::active).containsExactly(true, false, false);
  }
}
