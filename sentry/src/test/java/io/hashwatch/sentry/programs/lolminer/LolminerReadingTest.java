package io.hashwatch.sentry.programs.lolminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.sentry.programs.http.DamagedRounds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** lolMiner's summaries, damaged, without a server. */
class LolminerReadingTest {

  @Test
  void aReplyOfNoKnownShapeIsNoData() throws Exception {
    assertThat(LolminerReading.from(JsonReplies.parse("{\"Software\":\"x\"}", "test")))
        .isEqualTo(
            NoData.because(
                "the summary has no Algorithms, Session, GPUs or TotalSpeed(5s): not lolMiner's"));
  }

  @Test
  void damagedRepliesNeverBreakTheReading() {
    int readings =
        DamagedRounds.run(
            List.of(
                "lolminer/0.41.summary.json",
                "lolminer/0.6.summary.json",
                "lolminer/1.0_nofan.summary.json"),
            "GPUSessionPerformanc_()",
            3_000,
            17,
            LolminerReading::from);

    assertThat(readings).isGreaterThan(100);
  }

  @Test
  void damagedLaterVersionsNeverBreakTheReading() {
    int readings =
        DamagedRounds.runOn(
            List.of(LolminerAdapterTest.ALGORITHMS_SHAPE),
            "WorkesAlgithmPf_",
            2_000,
            19,
            LolminerReading::from);

    assertThat(readings).isGreaterThan(100);
  }
}
