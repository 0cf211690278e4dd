package io.hashwatch.commander.web.racks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemperatureBandTest {

  @Test
  void bandsSplitAtSixtySeventyFiveAndEightyFive() {
    assertThat(TemperatureBand.of(null)).isEqualTo(TemperatureBand.NONE);
    assertThat(TemperatureBand.of(Double.NaN)).isEqualTo(TemperatureBand.NONE);
    assertThat(TemperatureBand.of(59.9)).isEqualTo(TemperatureBand.COOL);
    assertThat(TemperatureBand.of(60.0)).isEqualTo(TemperatureBand.WARM);
    assertThat(TemperatureBand.of(74.9)).isEqualTo(TemperatureBand.WARM);
    assertThat(TemperatureBand.of(75.0)).isEqualTo(TemperatureBand.HOT);
    assertThat(TemperatureBand.of(84.9)).isEqualTo(TemperatureBand.HOT);
    assertThat(TemperatureBand.of(85.0)).isEqualTo(TemperatureBand.CRITICAL);
    assertThat(TemperatureBand.CRITICAL.cssClass()).isEqualTo("hw-temp-critical");
  }
}
