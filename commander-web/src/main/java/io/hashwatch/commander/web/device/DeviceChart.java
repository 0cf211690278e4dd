package io.hashwatch.commander.web.device;

import io.hashwatch.commander.telemetry.ChartPoint;
import io.hashwatch.commander.telemetry.ChartStep;
import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js configuration of a device chart (what {@code <p:chart value>} takes): hashrate,
 * power and the hottest temperature over time, each on its own axis, labelled in UTC. A gap point
 * (see {@link ChartGaps}) is null in every series and {@code spanGaps} is off, so the lines break
 * there instead of joining across.
 */
final class DeviceChart {
  private static final JsonProvider JSON = CachedJsonProvider.INSTANCE;
  private static final String[] HASHRATE_UNITS = {
    "H/s", "kH/s", "MH/s", "GH/s", "TH/s", "PH/s", "EH/s"
  };
  private static final String TEXT = "#e6ebf0";
  private static final String GRID = "#2c3540";

  /** Few enough points are drawn as dots too, so that a lone reading between gaps shows. */
  private static final int DOTS_UP_TO = 120;

  private DeviceChart() {}

  /** The chart of {@code points} read at {@code step} for {@code range}, gaps inserted. */
  static String of(List<ChartPoint> points, ChartStep step, ChartRange range) {
    return config(ChartGaps.insert(points, step), range);
  }

  /** The configuration for {@code points} (gaps already inserted) as labelled by {@code range}. */
  static String config(List<ChartPoint> points, ChartRange range) {
    int unit = hashrateUnit(points);
    double divisor = Math.pow(1000, unit);
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    points.forEach(
        point ->
            labels.add(range.labels().format(point.time().withOffsetSameInstant(ZoneOffset.UTC))));
    int radius = points.size() <= DOTS_UP_TO ? 2 : 0;
    JsonArrayBuilder datasets =
        JSON.createArrayBuilder()
            .add(
                dataset(
                    "Hashrate (" + HASHRATE_UNITS[unit] + ")",
                    "hashrate",
                    "#4aa3ff",
                    series(points, p -> p.hashrateHs() == null ? null : p.hashrateHs() / divisor),
                    radius))
            .add(
                dataset(
                    "Power (W)", "power", "#f0b429", series(points, ChartPoint::powerW), radius))
            .add(
                dataset(
                    "Max temperature (°C)",
                    "temperature",
                    "#e5484d",
                    series(points, ChartPoint::maxTempC),
                    radius));
    return JSON.createObjectBuilder()
        .add("type", "line")
        .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options(HASHRATE_UNITS[unit]))
        .build()
        .toString();
  }

  /** The unit that keeps the highest hashrate under 1000. */
  static int hashrateUnit(List<ChartPoint> points) {
    double max =
        points.stream()
            .map(ChartPoint::hashrateHs)
            .filter(hs -> hs != null)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(0);
    int unit = 0;
    while (max >= 1000 && unit < HASHRATE_UNITS.length - 1) {
      max /= 1000;
      unit++;
    }
    return unit;
  }

  private static JsonArrayBuilder series(List<ChartPoint> points, Function<ChartPoint, Double> of) {
    JsonArrayBuilder values = JSON.createArrayBuilder();
    for (ChartPoint point : points) {
      Double value = point.samples() > 0 ? of.apply(point) : null;
      if (value == null) {
        values.addNull();
      } else {
        values.add(Math.round(value * 1000) / 1000.0);
      }
    }
    return values;
  }

  private static JsonObjectBuilder dataset(
      String label, String axis, String colour, JsonArrayBuilder data, int radius) {
    return JSON.createObjectBuilder()
        .add("label", label)
        .add("yAxisID", axis)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("borderWidth", 2)
        .add("pointRadius", radius)
        .add("spanGaps", false);
  }

  private static JsonObject options(String hashrateUnit) {
    JsonObject ticks = JSON.createObjectBuilder().add("color", TEXT).build();
    JsonObject grid = JSON.createObjectBuilder().add("color", GRID).build();
    JsonObject noGrid = JSON.createObjectBuilder().add("drawOnChartArea", false).build();
    return JSON.createObjectBuilder()
        .add("animation", false)
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("spanGaps", false)
        .add("interaction", JSON.createObjectBuilder().add("mode", "index").add("intersect", false))
        .add(
            "plugins",
            JSON.createObjectBuilder()
                .add(
                    "legend",
                    JSON.createObjectBuilder()
                        .add("labels", JSON.createObjectBuilder().add("color", TEXT))))
        .add(
            "scales",
            JSON.createObjectBuilder()
                .add(
                    "x",
                    JSON.createObjectBuilder()
                        .add("ticks", JSON.createObjectBuilder(ticks).add("maxTicksLimit", 12))
                        .add("grid", grid))
                .add("hashrate", axis("left", hashrateUnit, ticks, grid).add("beginAtZero", true))
                .add("power", axis("right", "W", ticks, noGrid).add("beginAtZero", true))
                .add("temperature", axis("right", "°C", ticks, noGrid)))
        .build();
  }

  private static JsonObjectBuilder axis(
      String position, String title, JsonObject ticks, JsonObject grid) {
    return JSON.createObjectBuilder()
        .add("type", "linear")
        .add("position", position)
        .add(
            "title",
            JSON.createObjectBuilder().add("display", true).add("text", title).add("color", TEXT))
        .add("ticks", ticks)
        .add("grid", grid);
  }
}
