package io.hashwatch.sentry.programs.trex;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.sentry.programs.http.DamagedRounds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** T-Rex's summaries, damaged, without a server. */
class TrexReadingTest {

  @Test
  void damagedRepliesNeverBreakTheReading() {
    int readings =
        DamagedRounds.run(
            List.of(
                "trex/api1.1.summary.json",
                "trex/telnet_summary.json",
                "trex/unknown_gpu.summary.json",
                "trex/0.9.1_api3.0.summary.json"),
            "hashrtegpuidcont_",
            3_000,
            13,
            TrexReading::from);

    assertThat(readings).isGreaterThan(100);
  }
}
