package io.hashwatch.commander.web.device;

import io.hashwatch.commander.telemetry.ChartPoint;
import io.hashwatch.commander.telemetry.ChartStep;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a chart breaks its lines. A chart draws a line between neighbouring points, so a device
 * that was off for a day would look as if it had hashed all along; a point without figures (a gap)
 * between them makes the chart stop the line there. A gap goes in place of every bucket without
 * samples, and wherever two points are further apart than the spacing allows: {@value
 * #RAW_GAP_STEPS} typical intervals for raw readings (one missed poll is no gap), {@value
 * #BUCKET_GAP_STEPS} buckets for rollups (the rollup query leaves empty buckets out, so one missing
 * bucket is an empty one).
 */
final class ChartGaps {
  static final double RAW_GAP_STEPS = 2.5;
  static final double BUCKET_GAP_STEPS = 1.5;

  private ChartGaps() {}

  /**
   * The points with a gap (a point of {@code samples} 0 and no figures) wherever the line must
   * break: at the time the next point was due after a pause, or at an empty bucket's own time.
   * Never two gaps in a row nor one at either end; with no step (fewer than two readings) only
   * empty buckets are left out.
   */
  static List<ChartPoint> insert(List<ChartPoint> points, Duration step, double gapSteps) {
    List<ChartPoint> out = new ArrayList<>(points.size() + 8);
    ChartPoint previous = null;
    for (ChartPoint point : points) {
      if (point.samples() <= 0) {
        addGap(out, point.time());
        continue;
      }
      if (previous != null && step != null && farApart(previous, point, step, gapSteps)) {
        addGap(out, previous.time().plus(step));
      }
      out.add(point);
      previous = point;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).samples() == 0) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static boolean farApart(
      ChartPoint previous, ChartPoint point, Duration step, double gapSteps) {
    long apart = Duration.between(previous.time(), point.time()).toMillis();
    return apart > step.toMillis() * gapSteps;
  }

  private static void addGap(List<ChartPoint> out, OffsetDateTime time) {
    if (!out.isEmpty() && out.get(out.size() - 1).samples() > 0) {
      out.add(new ChartPoint(time, null, null, null, 0));
    }
  }

  /** The points read at {@code step} with their gaps. */
  static List<ChartPoint> insert(List<ChartPoint> points, ChartStep step) {
    double gapSteps = step == ChartStep.RAW ? RAW_GAP_STEPS : BUCKET_GAP_STEPS;
    return insert(points, step(step, points), gapSteps);
  }

  /**
   * The step of a chart: the bucket for rollups; for raw readings the typical (median) interval
   * between them, as a device is polled at its sentry's pace; {@code null} with fewer than two.
   */
  static Duration step(ChartStep step, List<ChartPoint> points) {
    return switch (step) {
      case FIVE_MINUTES -> Duration.ofMinutes(5);
      case HOURLY -> Duration.ofHours(1);
      case RAW -> medianInterval(points);
    };
  }

  private static Duration medianInterval(List<ChartPoint> points) {
    List<Long> intervals = new ArrayList<>(points.size());
    for (int i = 1; i < points.size(); i++) {
      long millis = Duration.between(points.get(i - 1).time(), points.get(i).time()).toMillis();
      if (millis > 0) {
        intervals.add(millis);
      }
    }
    if (intervals.isEmpty()) {
      return null;
    }
    intervals.sort(null);
    return Duration.ofMillis(intervals.get(intervals.size() / 2));
  }
}
