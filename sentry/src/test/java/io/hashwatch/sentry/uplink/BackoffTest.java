package io.hashwatch.sentry.uplink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesFromOneSecondToAMinuteEachWaitBetweenHalfAndAllOfIt() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(7));
    long[] ceilings = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};

    for (long ceiling : ceilings) {
      assertThat(backoff.next().toMillis()).isBetween(ceiling / 2, ceiling);
    }
  }

  @Test
  void theWaitsAreSpreadNotTheSame() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(7));
    for (int i = 0; i < 6; i++) {
      backoff.next();
    }

    assertThat(IntStream.range(0, 20).mapToObj(i -> backoff.next()).distinct())
        .hasSizeGreaterThan(10);
  }

  @Test
  void startsOverAfterASuccess() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new Random(7));
    for (int i = 0; i < 10; i++) {
      backoff.next();
    }

    backoff.reset();

    assertThat(backoff.next().toMillis()).isBetween(500L, 1000L);
  }
}
