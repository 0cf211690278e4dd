package io.hashwatch.commander.web.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.telemetry.ChartPoint;
import io.hashwatch.commander.telemetry.ChartStep;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartGapsTest {
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-30T10:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** A reading (samples 1) at {@code seconds} after T0. */
  private static ChartPoint at(long seconds) {
    return new ChartPoint(T0.plusSeconds(seconds), 1e14, 3250.0, 75.0, 1);
  }

  private static ChartPoint emptyBucket(long seconds) {
    return new ChartPoint(T0.plusSeconds(seconds), null, null, null, 0);
  }

  private static ChartPoint gap(long seconds) {
    return new ChartPoint(T0.plusSeconds(seconds), null, null, null, 0);
  }

  @Test
  void evenlySpacedPointsHaveNoGap() {
    List<ChartPoint> points = List.of(at(0), at(60), at(120), at(180));

    assertThat(ChartGaps.insert(points, MINUTE, 2.5)).isEqualTo(points);
  }

  @Test
  void upToTwoAndAHalfStepsApartIsNoGap() {
    List<ChartPoint> points = List.of(at(0), at(150), at(300));

    assertThat(ChartGaps.insert(points, MINUTE, 2.5)).isEqualTo(points);
  }

  @Test
  void furtherApartBreaksTheLineOneStepAfterTheLastPoint() {
    List<ChartPoint> points = List.of(at(0), at(60), at(211), at(271), at(3600));

    assertThat(ChartGaps.insert(points, MINUTE, 2.5))
        .containsExactly(at(0), at(60), gap(120), at(211), at(271), gap(331), at(3600));
  }

  @Test
  void anEmptyBucketIsAGapAtItsOwnTimeAndEmptyRunsGiveOneGap() {
    Duration fiveMinutes = Duration.ofMinutes(5);
    List<ChartPoint> points =
        List.of(at(0), at(300), emptyBucket(600), emptyBucket(900), at(1200), at(1500));

    assertThat(ChartGaps.insert(points, fiveMinutes, 1.5))
        .containsExactly(at(0), at(300), gap(600), at(1200), at(1500));
  }

  @Test
  void anEmptyBucketFollowedByAPauseStillGivesOneGap() {
    Duration fiveMinutes = Duration.ofMinutes(5);
    List<ChartPoint> points = List.of(at(0), emptyBucket(300), at(3000));

    assertThat(ChartGaps.insert(points, fiveMinutes, 1.5))
        .containsExactly(at(0), gap(300), at(3000));
  }

  @Test
  void noGapAtEitherEnd() {
    List<ChartPoint> points = List.of(emptyBucket(0), at(300), at(600), emptyBucket(900));

    assertThat(ChartGaps.insert(points, ChartStep.FIVE_MINUTES)).containsExactly(at(300), at(600));
  }

  @Test
  void withoutAStepOnlyEmptyBucketsAreLeftOut() {
    assertThat(ChartGaps.insert(List.of(at(0)), ChartStep.RAW)).containsExactly(at(0));
    assertThat(ChartGaps.insert(List.of(), ChartStep.RAW)).isEmpty();
  }

  @Test
  void theRawStepIsTheMedianIntervalSoAnOutageDoesNotStretchIt() {
    List<ChartPoint> points = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      points.add(at(30L * i));
    }
    points.add(at(7200));
    points.add(at(7230));

    assertThat(ChartGaps.step(ChartStep.RAW, points)).isEqualTo(Duration.ofSeconds(30));
    assertThat(ChartGaps.insert(points, ChartStep.RAW)).hasSize(13).contains(gap(300), atIndex(10));
  }

  private static org.assertj.core.data.Index atIndex(int index) {
    return org.assertj.core.data.Index.atIndex(index);
  }

  @Test
  void oneMissingBucketIsAGapButRawReadingsMayMissOnePoll() {
    List<ChartPoint> buckets = List.of(at(0), at(300), at(900), at(1200));
    List<ChartPoint> raw = List.of(at(0), at(30), at(60), at(120), at(150));

    assertThat(ChartGaps.insert(buckets, ChartStep.FIVE_MINUTES))
        .containsExactly(at(0), at(300), gap(600), at(900), at(1200));
    assertThat(ChartGaps.insert(buckets, ChartStep.HOURLY)).isEqualTo(buckets);
    assertThat(ChartGaps.insert(raw, ChartStep.RAW)).isEqualTo(raw);
  }

  @Test
  void rollupStepsAreTheirBuckets() {
    assertThat(ChartGaps.step(ChartStep.FIVE_MINUTES, List.of())).isEqualTo(Duration.ofMinutes(5));
    assertThat(ChartGaps.step(ChartStep.HOURLY, List.of())).isEqualTo(Duration.ofHours(1));
    assertThat(ChartGaps.step(ChartStep.RAW, List.of(at(0)))).isNull();
    assertThat(ChartGaps.step(ChartStep.RAW, List.of(at(0), at(0)))).isNull();
  }
}
