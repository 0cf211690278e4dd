package io.hashwatch.sentry.programs.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashUnitsTest {

  @Test
  void prefixedHashesScale() {
    assertThat(HashUnits.perUnit("H/s")).isEqualTo(1.0);
    assertThat(HashUnits.perUnit("kH/s")).isEqualTo(1e3);
    assertThat(HashUnits.perUnit("Mh/s")).isEqualTo(1e6);
    assertThat(HashUnits.perUnit("mh/s")).as("lolMiner writes mega in lower case").isEqualTo(1e6);
    assertThat(HashUnits.perUnit("GH/s")).isEqualTo(1e9);
    assertThat(HashUnits.perUnit(" TH/s ")).isEqualTo(1e12);
  }

  @Test
  void solutionsAndGraphsCountOneEach() {
    assertThat(HashUnits.perUnit("sol/s")).isEqualTo(1.0);
    assertThat(HashUnits.perUnit("Sol/s")).isEqualTo(1.0);
    assertThat(HashUnits.perUnit("g/s")).as("graphs, not giga").isEqualTo(1.0);
    assertThat(HashUnits.perUnit("G/s")).isEqualTo(1.0);
    assertThat(HashUnits.perUnit("kSol/s")).isEqualTo(1e3);
  }

  @Test
  void anUnknownUnitIsNoFactor() {
    assertThat(HashUnits.perUnit("Zh/s")).isNull();
    assertThat(HashUnits.perUnit("kg/s")).isNull();
    assertThat(HashUnits.perUnit("")).isNull();
    assertThat(HashUnits.perUnit(null)).isNull();
  }

  @Test
  void aFigureWithItsUnit() {
    assertThat(HashUnits.withUnit("23.0 M")).isEqualTo(23e6);
    assertThat(HashUnits.withUnit("1.5 kH/s")).isEqualTo(1500.0);
    assertThat(HashUnits.withUnit("2989")).isEqualTo(2989.0);
    assertThat(HashUnits.withUnit("8.5 G/s")).as("graphs").isEqualTo(8.5);
    assertThat(HashUnits.withUnit("8.5 GH/s")).isEqualTo(8.5e9);
    assertThat(HashUnits.withUnit("12 furlongs")).isNull();
    assertThat(HashUnits.withUnit("N/A")).isNull();
  }

  @Test
  void theLongestFilledWindowIsTheAverage() {
    assertThat(HashUnits.longestWindow(0.0, 0.0, 339.0)).isEqualTo(339.0);
    assertThat(HashUnits.longestWindow(27_638.0, 27_640.0, 27_639.0)).isEqualTo(27_638.0);
    assertThat(HashUnits.longestWindow(null, 5.0)).isEqualTo(5.0);
    assertThat(HashUnits.longestWindow(0.0, 0.0)).as("a program at 0 H/s").isEqualTo(0.0);
    assertThat(HashUnits.longestWindow(null, null)).isNull();
  }
}
