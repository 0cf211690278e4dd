package io.hashwatch.commander.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChartStepTest {

  @Test
  void autoTakesRawUpToSixHoursFiveMinutesUpToSevenDaysThenHours() {
    assertThat(ChartStep.auto(Duration.ofHours(6))).isEqualTo(ChartStep.RAW);
    assertThat(ChartStep.auto(Duration.ofHours(6).plusSeconds(1)))
        .isEqualTo(ChartStep.FIVE_MINUTES);
    assertThat(ChartStep.auto(Duration.ofDays(7))).isEqualTo(ChartStep.FIVE_MINUTES);
    assertThat(ChartStep.auto(Duration.ofDays(7).plusSeconds(1))).isEqualTo(ChartStep.HOURLY);
  }

  @Test
  void knowsTheNamesTheApiSpells() {
    assertThat(ChartStep.named("raw")).contains(ChartStep.RAW);
    assertThat(ChartStep.named("5m")).contains(ChartStep.FIVE_MINUTES);
    assertThat(ChartStep.named("1h")).contains(ChartStep.HOURLY);
    assertThat(ChartStep.named("auto")).isEmpty();
    assertThat(ChartStep.named("10m")).isEmpty();
  }
}
