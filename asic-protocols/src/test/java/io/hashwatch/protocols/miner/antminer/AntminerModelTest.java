package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Model names, algorithms and rate units from {@code Type} strings and {@code rate_unit}. */
class AntminerModelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Antminer S21 Hyd.|Antminer S21 Hyd.|SHA256|1e9",
        "Antminer V9|Antminer V9|SHA256|1e9",
        "Antminer KS3|Antminer KS3|kHeavyHash|1e9",
        "Antminer K7|Antminer K7|Eaglesong|1e9",
        "Antminer DR5|Antminer DR5|Blake256R14|1e9",
        "Antminer B3|Antminer B3|Tensority|1",
        "Antminer Z9-Mini|Antminer Z9-Mini|Equihash|1e3",
        "Antminer S9 (vnish 3.8.6)|Antminer S9|SHA256|1e9",
      })
  void readsTheSeriesFromTheType(String type, String name, String algorithm, double unit) {
    AntminerModel model = AntminerModel.fromType(type);

    assertThat(model.name()).isEqualTo(name);
    assertThat(model.algorithm()).isEqualTo(algorithm);
    assertThat(model.legacyUnitHs()).isEqualTo(unit);
  }

  @Test
  void aRateUnitOverridesTheSeriesUnit() {
    AntminerModel l7 = AntminerModel.fromType("Antminer L7");

    assertThat(l7.unitHs(null)).isEqualTo(1e6);
    assertThat(l7.unitHs("GH")).isEqualTo(1e9);
    assertThat(l7.unitHs("MH/s")).isEqualTo(1e6);
    assertThat(l7.unitHs("TH")).isEqualTo(1e12);
    assertThat(AntminerModel.unitHs(null, null)).isEqualTo(1e9);
  }

  @Test
  void aTypeNamingNoAntminerKeepsItsTextAndNoAlgorithm() {
    AntminerModel msk = AntminerModel.fromType("S19-88 v.2.6.0.39 ");

    assertThat(msk.name()).isEqualTo("S19-88 v.2.6.0.39");
    assertThat(msk.algorithm()).isNull();
    assertThat(AntminerModel.fromType(" ")).isNull();
  }

  @Test
  void sensorListsKeepTheirMinusSigns() {
    assertThat(StatsChains.sensorList("-8--11-10-12")).containsExactly(-8.0, -11.0, 10.0, 12.0);
    assertThat(StatsChains.sensorList("2--1-20-22")).containsExactly(2.0, -1.0, 20.0, 22.0);
    assertThat(StatsChains.sensorList("-")).isEmpty();
    assertThat(StatsChains.sensorList("51-85")).containsExactly(51.0, 85.0);
  }
}
