package io.hashwatch.sentry.programs.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.testing.DamagedReplies;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Rounds of damaged recorded replies through a program's parser: each damaged reply that still
 * parses as JSON gives a poll result that the report wire can carry, and none throws.
 */
public final class DamagedRounds {

  private DamagedRounds() {}

  /**
   * @param fixtures the recorded replies, {@code trex/api1.1.summary.json}...
   * @param keyLetters letters of the program's keys, which damage may write
   * @return how many damaged replies reached the parser and gave a reading
   */
  public static int run(
      List<String> fixtures,
      String keyLetters,
      int rounds,
      long seed,
      Function<JsonValue, PollResult> parser) {
    return runOn(fixtures.stream().map(Fixtures::text).toList(), keyLetters, rounds, seed, parser);
  }

  /** {@link #run} on replies given as text. */
  public static int runOn(
      List<String> originals,
      String keyLetters,
      int rounds,
      long seed,
      Function<JsonValue, PollResult> parser) {
    Random random = new Random(seed);
    int readings = 0;
    for (int round = 0; round < rounds; round++) {
      String damaged =
          DamagedReplies.damage(originals.get(round % originals.size()), random, keyLetters);
      JsonValue reply;
      try {
        reply = JsonReplies.parse(damaged, "a damaged reply");
      } catch (MalformedReplyException refused) {
        continue; // never reaches a parser: the poll says the reply is not JSON
      }
      try {
        PollResult result = parser.apply(reply);
        assertThat(result).isNotNull();
        assertThat(ReadingJson.toJson(result)).isNotNull();
        readings += result instanceof Reading ? 1 : 0;
      } catch (RuntimeException e) {
        throw new AssertionError("round " + round + " broke the parser: " + damaged, e);
      }
    }
    return readings;
  }
}
