package io.hashwatch.sentry.programs.teamredminer;

import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.DamagedPolls;
import io.hashwatch.protocols.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamRedMinerReadingFuzzTest {

  @Test
  void damagedRepliesNeverBreakTheReading() {
    DamagedPolls.check(
        Map.of(
            "devs", Fixtures.json("teamredminer/devs_120s.json"),
            "pools", Fixtures.json("teamredminer/pools.json")),
        List.of("devs", "pools"),
        4028,
        replies ->
            replies.containsKey("devs")
                ? TeamRedMinerReading.of(replies.get("devs"), replies.get("pools"), null, List.of())
                : Rejected.because("the client refused the devs reply"));
  }
}
