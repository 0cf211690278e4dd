package io.hashwatch.commander.web.overview;

import io.hashwatch.commander.overview.FarmSeries;
import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Chart.js configuration of the farm chart ({@code <p:chart value>}): one hashrate line per
 * algorithm on the left axis, each in its own unit, and the power on the right. Labels are UTC
 * times as text; a bucket without figures is {@code null} and {@code spanGaps} is off, so a gap
 * shows as a gap and is never joined or drawn as 0.
 */
final class FarmChart {
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final String[] HASHRATE_UNITS = {
    "H/s", "kH/s", "MH/s", "GH/s", "TH/s", "PH/s", "EH/s"
  };
  private static final String[] COLOURS = {"#4fc3f7", "#ba68c8", "#81c784", "#ffb74d"};
  private static final String POWER_COLOUR = "#e57373";

  private FarmChart() {}

  static String json(FarmSeries series) {
    JsonArrayBuilder labels = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (OffsetDateTime bucket : series.buckets()) {
      labels.add(LABEL.format(bucket.withOffsetSameInstant(ZoneOffset.UTC)));
    }
    JsonArrayBuilder datasets = CachedJsonProvider.INSTANCE.createArrayBuilder();
    int colour = 0;
    for (Map.Entry<String, List<Double>> algorithm : series.hashrateHs().entrySet()) {
      int unit = unitOf(algorithm.getValue());
      String name = algorithm.getKey().isEmpty() ? "hashrate" : algorithm.getKey();
      datasets.add(
          dataset(
              name + " (" + HASHRATE_UNITS[unit] + ")",
              algorithm.getValue(),
              Math.pow(1000, unit),
              "hashrate",
              COLOURS[colour++ % COLOURS.length]));
    }
    boolean kilowatts = max(series.powerW()) >= 10_000;
    datasets.add(
        dataset(
            kilowatts ? "power (kW)" : "power (W)",
            series.powerW(),
            kilowatts ? 1000 : 1,
            "power",
            POWER_COLOUR));
    JsonObjectBuilder data =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("labels", labels)
            .add("datasets", datasets);
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("type", "line")
        .add("data", data)
        .add("options", options())
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(
      String label, List<Double> values, double divisor, String axis, String colour) {
    JsonArrayBuilder points = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (Double value : values) {
      if (value == null) {
        points.addNull();
      } else {
        points.add(Math.round(value / divisor * 1000) / 1000.0);
      }
    }
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("label", label)
        .add("data", points)
        .add("yAxisID", axis)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("pointRadius", 0)
        .add("borderWidth", 2)
        .add("spanGaps", false);
  }

  private static JsonObjectBuilder options() {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("animation", false)
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("spanGaps", false)
        .add(
            "interaction",
            CachedJsonProvider.INSTANCE
                .createObjectBuilder()
                .add("mode", "index")
                .add("intersect", false))
        .add(
            "scales",
            CachedJsonProvider.INSTANCE
                .createObjectBuilder()
                .add("x", CachedJsonProvider.INSTANCE.createObjectBuilder().add("type", "category"))
                .add("hashrate", axis("left", "hashrate", true))
                .add("power", axis("right", "power", false)));
  }

  private static JsonObjectBuilder axis(String position, String title, boolean grid) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("type", "linear")
        .add("position", position)
        .add("beginAtZero", true)
        .add("grid", CachedJsonProvider.INSTANCE.createObjectBuilder().add("drawOnChartArea", grid))
        .add(
            "title",
            CachedJsonProvider.INSTANCE
                .createObjectBuilder()
                .add("display", true)
                .add("text", title));
  }

  /** The unit that shows the series' largest value between 1 and 1000. */
  static int unitOf(List<Double> values) {
    double value = max(values);
    int unit = 0;
    while (value >= 1000 && unit < HASHRATE_UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return unit;
  }

  private static double max(List<Double> values) {
    return values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
