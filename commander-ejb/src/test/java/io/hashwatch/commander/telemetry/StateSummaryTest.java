package io.hashwatch.commander.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.report.DeviceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateSummaryTest {
  private static final WarningLimits LIMITS = WarningLimits.DEFAULT;

  private static Reading.Builder miner(double hashrate, double temperature) {
    return Reading.builder()
        .hashrateHs(hashrate)
        .expectedHashrateHs(100e12)
        .boards(List.of(new Board(0, hashrate, temperature - 10, temperature, 76, 76)));
  }

  private static String warningOf(Reading reading) {
    return StateSummary.of(DeviceKind.ASIC, reading, LIMITS).warning();
  }

  @Test
  void aMinerWithinItsLimitsIsFine() {
    assertThat(warningOf(miner(80e12, 84.9).build())).isNull();
  }

  @Test
  void tooHotWarnsFirst() {
    assertThat(warningOf(miner(50e12, 85).build())).isEqualTo("temperature 85 °C");
    assertThat(warningOf(miner(50e12, 92.4).build())).isEqualTo("temperature 92 °C");
  }

  @Test
  void hashingBelowTheRatioOfExpectedWarns() {
    assertThat(warningOf(miner(70e12, 60).build())).isEqualTo("hashrate 70 % of expected");
    assertThat(warningOf(miner(70e12, 60).expectedHashrateHs(null).build())).isNull();
  }

  @Test
  void aBoardThatDoesNotHashOrMissesChipsWarns() {
    Reading reading =
        Reading.builder()
            .hashrateHs(90e12)
            .boards(
                List.of(
                    new Board(0, 45e12, 60.0, 70.0, 76, 76),
                    new Board(1, 0.0, 30.0, 30.0, 76, 76),
                    new Board(2, 45e12, 60.0, 70.0, 70, 76)))
            .build();

    assertThat(warningOf(reading)).isEqualTo("1 of 3 boards");
  }

  @Test
  void otherwiseTheFirstErrorOfTheReadingWarns() {
    assertThat(warningOf(miner(90e12, 60).errors(List.of("fan 2 slow", "psu")).build()))
        .isEqualTo("fan 2 slow");
  }

  @Test
  void aResultOtherThanAReadingGivesItsFirstReason() {
    assertThat(StateSummary.of(DeviceKind.ASIC, Rejected.because("bad json"), LIMITS))
        .isEqualTo(new StateSummary(null, null, "bad json", null));
    assertThat(StateSummary.of(DeviceKind.ASIC, NoData.because("starting"), LIMITS).warning())
        .isEqualTo("starting");
  }

  @Test
  void aLongReasonIsCut() {
    String reason = "x".repeat(300);

    assertThat(StateSummary.of(DeviceKind.ASIC, Rejected.because(reason), LIMITS).warning())
        .hasSize(StateSummary.MAX_WARNING);
  }

  @Test
  void onlyARelaySaysWhetherItSleeps() {
    Reading off = Reading.builder().relayOn(false).build();

    assertThat(StateSummary.of(DeviceKind.RELAY, off, LIMITS).sleeping()).isTrue();
    assertThat(
            StateSummary.of(DeviceKind.RELAY, Reading.builder().relayOn(true).build(), LIMITS)
                .sleeping())
        .isFalse();
    assertThat(StateSummary.of(DeviceKind.ASIC, miner(1, 60).build(), LIMITS).sleeping()).isNull();
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> new WarningLimits(85, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hashrate-ratio");
  }
}
