package io.hashwatch.commander.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.overview.FarmSeries;
import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FarmChartTest {
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-02-01T07:50:00Z");

  private static JsonObject chart(Map<String, List<Double>> hashrates, List<Double> power) {
    FarmSeries series =
        new FarmSeries(List.of(T0, T0.plusMinutes(5), T0.plusMinutes(10)), hashrates, power);
    try (var reader =
        CachedJsonProvider.INSTANCE.createReader(new StringReader(FarmChart.json(series)))) {
      return reader.readObject();
    }
  }

  @Test
  void gapsAreNullsAndNeverJoined() {
    Map<String, List<Double>> hashrates = new LinkedHashMap<>();
    hashrates.put("SHA256", Arrays.asList(150e12, null, 90e12));
    JsonObject chart = chart(hashrates, Arrays.asList(5400.0, null, 4000.0));

    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    JsonObject sha = datasets.getJsonObject(0);
    assertThat(sha.getString("label")).isEqualTo("SHA256 (TH/s)");
    assertThat(sha.getJsonArray("data").get(0).toString()).isEqualTo("150.0");
    assertThat(sha.getJsonArray("data").get(1)).isEqualTo(JsonValue.NULL);
    assertThat(sha.getBoolean("spanGaps")).isFalse();
    JsonObject power = datasets.getJsonObject(1);
    assertThat(power.getString("label")).isEqualTo("power (W)");
    assertThat(power.getString("yAxisID")).isEqualTo("power");
    assertThat(power.getJsonArray("data").get(1)).isEqualTo(JsonValue.NULL);
    assertThat(chart.getJsonObject("options").getBoolean("spanGaps")).isFalse();
  }

  @Test
  void labelsAreUtcTimesAsText() {
    JsonObject chart = chart(Map.of(), Arrays.asList(null, null, null));

    assertThat(chart.getString("type")).isEqualTo("line");
    assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonValue::toString))
        .containsExactly("\"07:50\"", "\"07:55\"", "\"08:00\"");
  }

  @Test
  void eachSeriesHasItsOwnUnit() {
    assertThat(FarmChart.unitOf(Arrays.asList(null, 12_500.0))).isEqualTo(1);
    assertThat(FarmChart.unitOf(Arrays.asList(null, null))).isZero();
    JsonObject chart = chart(Map.of(), Arrays.asList(25_000.0, null, 20_000.0));
    JsonObject power = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertThat(power.getString("label")).isEqualTo("power (kW)");
    assertThat(power.getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(25.0);
  }
}
