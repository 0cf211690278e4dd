package io.hashwatch.commander.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DeviceStatusTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-31T12:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);

  /** A state as the telemetry path leaves it; the entity itself is only built by JPA. */
  private static DeviceState state(String result, OffsetDateTime time) {
    return new DeviceState() {
      @Override
      public String result() {
        return result;
      }

      @Override
      public OffsetDateTime time() {
        return time;
      }
    };
  }

  private static DeviceStatus statusOf(String result, Duration age) {
    return DeviceStatus.of(state(result, NOW.minus(age)), NOW, WINDOW);
  }

  @Test
  void recentResultsMapToTheirStatus() {
    assertThat(statusOf("reading", Duration.ofMinutes(1))).isEqualTo(DeviceStatus.ONLINE);
    assertThat(statusOf("unreachable", Duration.ofMinutes(1))).isEqualTo(DeviceStatus.OFFLINE);
    assertThat(statusOf("rejected", Duration.ofMinutes(1))).isEqualTo(DeviceStatus.ERROR);
    assertThat(statusOf("no-data", Duration.ofMinutes(1))).isEqualTo(DeviceStatus.NO_DATA);
  }

  @Test
  void readingOlderThanTheWindowIsOffline() {
    assertThat(statusOf("reading", WINDOW)).isEqualTo(DeviceStatus.ONLINE);
    assertThat(statusOf("reading", WINDOW.plusSeconds(1))).isEqualTo(DeviceStatus.OFFLINE);
  }

  @Test
  void deviceNeverPolledIsUnknown() {
    assertThat(DeviceStatus.of(null, NOW, WINDOW)).isEqualTo(DeviceStatus.UNKNOWN);
    assertThat(statusOf("none", Duration.ofDays(20_000))).isEqualTo(DeviceStatus.UNKNOWN);
  }

  @Test
  void wireNamesAreLowerCase() {
    assertThat(DeviceStatus.NO_DATA.wire()).isEqualTo("no-data");
    assertThat(DeviceStatus.ONLINE.wire()).isEqualTo("online");
  }

  private static DeviceStatus statusOf(String result, String warning, boolean sleeping) {
    return DeviceStatus.of(result, NOW.minusMinutes(1), warning, sleeping, NOW, WINDOW);
  }

  @Test
  void aReadingWithAWarningIsWarning() {
    assertThat(statusOf("reading", "temperature 92 °C", false)).isEqualTo(DeviceStatus.WARNING);
    assertThat(statusOf("reading", null, false)).isEqualTo(DeviceStatus.ONLINE);
    // A warning only changes an online device: the others already say what is wrong.
    assertThat(statusOf("rejected", "bad json", false)).isEqualTo(DeviceStatus.ERROR);
    assertThat(statusOf("unreachable", "timeout", false)).isEqualTo(DeviceStatus.OFFLINE);
  }

  @Test
  void aSleepingDeviceIsSleepingWhateverItAnswers() {
    assertThat(statusOf("reading", "hashrate 0 % of expected", true))
        .isEqualTo(DeviceStatus.SLEEPING);
    assertThat(statusOf("unreachable", "timeout", true)).isEqualTo(DeviceStatus.SLEEPING);
    assertThat(DeviceStatus.of("unreachable", NOW.minusDays(1), null, true, NOW, WINDOW))
        .isEqualTo(DeviceStatus.SLEEPING);
    assertThat(statusOf("none", null, true)).isEqualTo(DeviceStatus.UNKNOWN);
  }

  @Test
  void everyStatusIsFoundByItsWireName() {
    for (DeviceStatus status : DeviceStatus.values()) {
      assertThat(DeviceStatus.fromWire(status.wire())).isEqualTo(status);
    }
    assertThat(DeviceStatus.fromWire("asleep")).isNull();
    assertThat(DeviceStatus.WARNING.wire()).isEqualTo("warning");
    assertThat(DeviceStatus.SLEEPING.wire()).isEqualTo("sleeping");
  }
}
