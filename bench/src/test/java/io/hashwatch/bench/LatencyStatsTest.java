package io.hashwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  @Test
  void nearestRankOfOneToHundred() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i; // unsorted on purpose
    }
    LatencyStats stats = LatencyStats.of(values);
    assertThat(stats.count()).isEqualTo(100);
    assertThat(stats.p50Nanos()).isEqualTo(50);
    assertThat(stats.p99Nanos()).isEqualTo(99);
    assertThat(stats.maxNanos()).isEqualTo(100);
  }

  @Test
  void smallSetsTakeTheNextValueUp() {
    long[] sorted = {10, 20, 30};
    assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(20);
    assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(30);
    assertThat(LatencyStats.percentile(sorted, 1)).isEqualTo(10);
    assertThat(LatencyStats.percentile(new long[] {7}, 99)).isEqualTo(7);
  }

  @Test
  void noValuesGiveZeros() {
    assertThat(LatencyStats.of(new long[0])).isEqualTo(LatencyStats.NONE);
  }

  @Test
  void percentOutsideTheRangeIsRefused() {
    assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void logsMergeWithoutLosingValues() {
    LatencyLog a = new LatencyLog();
    LatencyLog b = new LatencyLog();
    for (int i = 0; i < 2000; i++) {
      a.add(i);
    }
    b.add(5000);
    assertThat(LatencyLog.merge(java.util.List.of(a, b))).hasSize(2001).endsWith(5000);
  }
}
