package io.hashwatch.protocols.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.CachedJsonProvider;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static final JsonObject ROW =
      CachedJsonProvider.INSTANCE
          .createReader(
              new StringReader(
                  "{\"MHS 5s\":\"13500.5\",\"MHS av\":-1,\"Huge\":1e300,\"Accepted\":\"12.9\","
                      + "\"Rejected\":-3,\"Big\":99999999999,\"URL\":\" stratum+tcp://p:3333 \","
                      + "\"Long\":\""
                      + "x".repeat(300)
                      + "\"}"))
          .readObject();

  @Test
  void aFigureIsFiniteAndNotNegative() {
    assertThat(Figures.figure(0.0)).isZero();
    assertThat(Figures.figure(-0.5)).isNull();
    assertThat(Figures.figure(Double.NaN)).isNull();
    assertThat(Figures.figure(Double.POSITIVE_INFINITY)).isNull();
    assertThat(Figures.figure(null)).isNull();
    assertThat(Figures.number(ROW, "Missing", "MHS 5s")).isEqualTo(13500.5);
    assertThat(Figures.number(ROW, "MHS av")).isNull();
  }

  @Test
  void scaledFiguresThatLeaveTheDoublesAreAbsent() {
    assertThat(Figures.scaled(ROW, Figures.MEGA, "MHS 5s")).isEqualTo(13500.5e6);
    assertThat(Figures.scaled(ROW, Figures.MEGA, "MHS av")).isNull();
    assertThat(Figures.scaled(ROW, Figures.TERA, "Huge")).isNull();
    assertThat(Figures.scaled((Double) null, Figures.GIGA)).isNull();
  }

  @Test
  void countsAreWholeAndNotNegative() {
    assertThat(Figures.count(ROW, "Accepted")).isEqualTo(12L);
    assertThat(Figures.count(ROW, "Rejected")).isNull();
    assertThat(Figures.count(null, "Accepted")).isNull();
    assertThat(Figures.count(ROW, "Big")).isEqualTo(99999999999L);
    assertThat(Figures.smallCount(ROW, "Big")).isNull();
    assertThat(Figures.smallCount(ROW, "Accepted")).isEqualTo(12);
  }

  @Test
  void textIsStrippedAndCutToTheReadingsBound() {
    assertThat(Figures.text(ROW, "URL")).isEqualTo("stratum+tcp://p:3333");
    assertThat(Figures.text(ROW, "Long")).hasSize(Limits.MAX_TEXT);
    assertThat(Figures.clip(null)).isNull();
  }

  @Test
  void efficiencyNeedsBothFiguresAndAHashingMiner() {
    assertThat(Figures.efficiency(3250.0, 200e12)).isEqualTo(16.25);
    assertThat(Figures.efficiency(3250.0, 0.0)).isNull();
    assertThat(Figures.efficiency(null, 200e12)).isNull();
    assertThat(Figures.efficiency(3250.0, Double.MIN_VALUE)).isNull();
  }

  @Test
  void aListCutToItsBoundSaysSoWhenAsked() {
    List<String> errors = new ArrayList<>();
    List<Integer> twenty = IntStream.range(0, 20).boxed().toList();

    assertThat(Figures.first(twenty, Limits.MAX_POOLS)).hasSize(16).startsWith(0, 1);
    assertThat(Figures.bounded(twenty, Limits.MAX_POOLS, "pools", errors)).hasSize(16);
    assertThat(errors).containsExactly("the miner reported 20 pools; the first 16 are kept");
    assertThat(Figures.bounded(List.of(1, 2), Limits.MAX_POOLS, "pools", errors)).hasSize(2);
    assertThat(errors).hasSize(1);
  }
}
