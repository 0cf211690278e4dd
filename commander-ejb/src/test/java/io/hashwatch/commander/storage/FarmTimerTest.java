package io.hashwatch.commander.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FarmTimerTest {
  private static final long THIRTY_SECONDS = 30_000;

  @Test
  void theFirstRunFallsOnTheNextWholeMultipleOfThePeriod() {
    assertThat(FarmTimer.firstDelay(THIRTY_SECONDS, Instant.parse("2026-11-30T08:00:12.250Z")))
        .isEqualTo(17_750);
    assertThat(FarmTimer.firstDelay(THIRTY_SECONDS, Instant.parse("2026-11-30T08:00:59.999Z")))
        .isEqualTo(1);
  }

  @Test
  void onAMultipleTheFirstRunIsOnePeriodLaterNotAtOnce() {
    assertThat(FarmTimer.firstDelay(THIRTY_SECONDS, Instant.parse("2026-11-30T08:00:30Z")))
        .isEqualTo(THIRTY_SECONDS);
  }

  @Test
  void twoNodesStartedAtDifferentMomentsRunAtTheSameMoments() {
    Instant nodeA = Instant.parse("2026-11-30T08:00:03.100Z");
    Instant nodeB = Instant.parse("2026-11-30T08:00:21.700Z");
    assertThat(nodeA.plusMillis(FarmTimer.firstDelay(THIRTY_SECONDS, nodeA)))
        .isEqualTo(nodeB.plusMillis(FarmTimer.firstDelay(THIRTY_SECONDS, nodeB)))
        .isEqualTo(Instant.parse("2026-11-30T08:00:30Z"));
  }

  @Test
  void theLeaseLastsItsRunsOfThePeriodTheTimerRunsAt() {
    assertThat(FarmTimer.lease(Duration.ofSeconds(30), 3)).isEqualTo(Duration.ofSeconds(90));
    assertThat(FarmTimer.lease(Duration.ofMinutes(1), 1.5)).isEqualTo(Duration.ofSeconds(90));
    // A period under 1 s runs every second: a lease of 3 x 100 ms would lapse between runs.
    assertThat(FarmTimer.lease(Duration.ofMillis(100), 3)).isEqualTo(Duration.ofSeconds(3));
  }
}
