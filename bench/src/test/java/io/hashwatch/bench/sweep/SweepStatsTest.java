package io.hashwatch.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SweepStatsTest {

  @Test
  void anOddCountTakesTheMiddleSweep() {
    SweepStats stats =
        SweepStats.of(1000, new long[] {3_000_000_000L, 1_000_000_000L, 2_000_000_000L});
    assertThat(stats.medianNanos()).isEqualTo(2_000_000_000L);
    assertThat(stats.worstNanos()).isEqualTo(3_000_000_000L);
    assertThat(stats.bestNanos()).isEqualTo(1_000_000_000L);
    assertThat(stats.sweeps()).isEqualTo(3);
    assertThat(stats.medianRate()).isCloseTo(500.0, within(1e-9));
  }

  @Test
  void anEvenCountTakesTheMeanOfTheTwoMiddleSweeps() {
    assertThat(SweepStats.median(new long[] {10, 20, 40, 100})).isEqualTo(30);
    assertThat(SweepStats.median(new long[] {7})).isEqualTo(7);
  }

  @Test
  void theRatioComparesRatesNotDurations() {
    SweepStats raw = SweepStats.of(10_000, new long[] {1_000_000_000L});
    SweepStats driver = SweepStats.of(10_000, new long[] {4_000_000_000L});
    assertThat(driver.rateRatio(raw)).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void noSweepsAreRefused() {
    assertThatThrownBy(() -> SweepStats.of(1, new long[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
