package io.hashwatch.sentry.programs.ccminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.testing.DamagedReplies;
import io.hashwatch.protocols.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged ccminer replies, as broken programs and networks make them, never break the reading. */
class CcminerReadingFuzzTest {
  private static final int ROUNDS = 20_000;

  @Test
  void damagedRepliesGiveAReadingOrNoDataAndNeverThrow() {
    String summary = Fixtures.text("ccminer/summary.txt");
    String pool = Fixtures.text("ccminer/pool.txt");
    String threads = Fixtures.text("ccminer/threads.txt");
    Random random = new Random(4068);
    int readings = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String s =
          random.nextInt(3) == 0 ? DamagedReplies.damage(summary, random, "KHS=;|") : summary;
      String p = random.nextBoolean() ? DamagedReplies.damage(pool, random, "URL=;|") : pool;
      String t = random.nextBoolean() ? DamagedReplies.damage(threads, random, "GPU=;|") : threads;
      Map<String, String> record = CcminerReading.summary(s);
      if (record != null) {
        ReadingJson.toJson(CcminerReading.of(record, p, t, List.of()));
        readings++;
      }
    }
    assertThat(readings).as("damaged replies that still read").isGreaterThan(ROUNDS / 2);
  }
}
