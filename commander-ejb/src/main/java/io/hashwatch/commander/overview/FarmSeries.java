package io.hashwatch.commander.overview;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The farm's 5-minute series over a time range, one value per bucket; a bucket with no figures is
 * {@code null} (a gap, never a 0).
 *
 * @param buckets the start of every bucket, oldest first
 * @param hashrateHs per algorithm, one value per bucket
 * @param powerW one value per bucket
 */
public record FarmSeries(
    List<OffsetDateTime> buckets, Map<String, List<Double>> hashrateHs, List<Double> powerW) {

  public FarmSeries {
    buckets = List.copyOf(buckets);
    // The lists hold nulls, which List.copyOf refuses.
    hashrateHs = Map.copyOf(hashrateHs);
    powerW = Collections.unmodifiableList(new ArrayList<>(powerW));
    for (List<Double> values : hashrateHs.values()) {
      if (values.size() != buckets.size()) {
        throw new IllegalArgumentException("one value per bucket");
      }
    }
    if (powerW.size() != buckets.size()) {
      throw new IllegalArgumentException("one value per bucket");
    }
  }
}
