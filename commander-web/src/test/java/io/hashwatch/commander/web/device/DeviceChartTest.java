package io.hashwatch.commander.web.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.telemetry.ChartPoint;
import io.hashwatch.commander.telemetry.ChartStep;
import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceChartTest {
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-30T10:00:00Z");

  private static ChartPoint bucket(int minutes, Double hs, Double w, Double c, int samples) {
    return new ChartPoint(T0.plusMinutes(minutes), hs, w, c, samples);
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void aLineChartOfThreeSeriesWithNullsWhereTheLineBreaks() {
    List<ChartPoint> points =
        List.of(
            bucket(0, 9.5e13, 3250.0, 75.0, 5),
            bucket(5, 9.0e13, 3200.0, null, 5),
            bucket(10, null, null, null, 0),
            bucket(60, 1.1e14, 3300.0, 80.25, 3));

    JsonObject chart = parse(DeviceChart.of(points, ChartStep.FIVE_MINUTES, ChartRange.WEEK));

    assertThat(chart.getString("type")).isEqualTo("line");
    JsonObject data = chart.getJsonObject("data");
    assertThat(
            data.getJsonArray("labels").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()))
        .containsExactly("11-30 10:00", "11-30 10:05", "11-30 10:10", "11-30 11:00");
    JsonArray datasets = data.getJsonArray("datasets");
    assertThat(datasets).hasSize(3);
    JsonObject hashrate = datasets.getJsonObject(0);
    assertThat(hashrate.getString("label")).isEqualTo("Hashrate (TH/s)");
    assertThat(hashrate.getString("yAxisID")).isEqualTo("hashrate");
    assertThat(hashrate.getBoolean("spanGaps")).isFalse();
    assertThat(values(hashrate)).containsExactly("95.0", "90.0", "null", "110.0");
    assertThat(values(datasets.getJsonObject(1)))
        .containsExactly("3250.0", "3200.0", "null", "3300.0");
    assertThat(values(datasets.getJsonObject(2))).containsExactly("75.0", "null", "null", "80.25");
    assertThat(chart.getJsonObject("options").getBoolean("spanGaps")).isFalse();
    assertThat(chart.getJsonObject("options").getJsonObject("scales").keySet())
        .containsExactly("x", "hashrate", "power", "temperature");
  }

  @Test
  void rawReadingsFarApartGetAGapPoint() {
    List<ChartPoint> points =
        List.of(
            bucket(0, 1e6, null, null, 1),
            bucket(1, 1e6, null, null, 1),
            bucket(2, 1e6, null, null, 1),
            bucket(30, 2e6, null, null, 1));

    JsonObject chart = parse(DeviceChart.of(points, ChartStep.RAW, ChartRange.HOUR));

    JsonObject data = chart.getJsonObject("data");
    assertThat(
            data.getJsonArray("labels").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()))
        .containsExactly("10:00:00", "10:01:00", "10:02:00", "10:03:00", "10:30:00");
    JsonObject hashrate = data.getJsonArray("datasets").getJsonObject(0);
    assertThat(hashrate.getString("label")).isEqualTo("Hashrate (MH/s)");
    assertThat(values(hashrate)).containsExactly("1.0", "1.0", "1.0", "null", "2.0");
  }

  @Test
  void noPointsGiveAnEmptyChart() {
    JsonObject chart = parse(DeviceChart.of(List.of(), ChartStep.RAW, ChartRange.HOUR));

    assertThat(chart.getJsonObject("data").getJsonArray("labels")).isEmpty();
    assertThat(
            chart
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getString("label"))
        .isEqualTo("Hashrate (H/s)");
  }

  private static List<String> values(JsonObject dataset) {
    return dataset.getJsonArray("data").stream()
        .map(
            v ->
                v.getValueType() == JsonValue.ValueType.NULL
                    ? "null"
                    : Double.toString(((jakarta.json.JsonNumber) v).doubleValue()))
        .toList();
  }
}
