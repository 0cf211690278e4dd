package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutated real replies never make the stock parser throw: a broken miner is a result too. */
class StockReadingFuzzTest {
  private static final List<String> STATS =
      List.of(
          Recorded.text("antminer-stock-s19pro-bmminer", "stats.json"),
          Recorded.text("antminer-legacy-foreman", "s9_bad_temps.stats.json"),
          Recorded.text("antminer-stock-s19-foreman", "stats.really_cold.json"));
  private static final String SUMMARY =
      Recorded.text("antminer-stock-s19pro-bmminer", "summary.json");
  private static final String POOLS = Recorded.text("antminer-stock-s19pro-bmminer", "pools.json");

  @Property(tries = 1000)
  void mutatedRepliesGiveAResult(
      @ForAll("mutated") String stats,
      @ForAll("mutated") String summary,
      @ForAll("mutated") String pools) {
    PollResult result =
        StockReading.parse(
            new StockReplies(json(summary), json(pools), json(stats), List.of()),
            AntminerDriver.FIRMWARE);

    assertThat(result).isNotNull();
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> original =
        Arbitraries.of(STATS.get(0), STATS.get(1), STATS.get(2), SUMMARY, POOLS);
    return Combinators.combine(
            original, Arbitraries.integers().between(0, 20), Arbitraries.randoms())
        .as(
            (text, edits, random) -> {
              StringBuilder mutated = new StringBuilder(text);
              for (int i = 0; i < edits && mutated.length() > 0; i++) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(4)) {
                  case 0 -> mutated.deleteCharAt(at);
                  case 1 -> mutated.insert(at, "-\"{}[],:0e9x".charAt(random.nextInt(12)));
                  case 2 -> mutated.setCharAt(at, (char) random.nextInt(128));
                  default -> mutated.insert(at, "1e308");
                }
              }
              return mutated.toString();
            });
  }

  private static JsonObject json(String text) {
    try {
      return CgminerClient.parse(text);
    } catch (MalformedReplyException | RuntimeException e) {
      // not JSON: the driver answers "rejected" before parsing (a RuntimeException from Parsson
      // on a huge exponent is the core's to turn into MalformedReplyException)
      return null;
    }
  }
}
