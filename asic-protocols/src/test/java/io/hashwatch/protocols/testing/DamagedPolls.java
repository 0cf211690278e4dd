package io.hashwatch.protocols.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.ReadingJson;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * 100,000 polls of a driver's parser with recorded cgminer replies, one or two of them damaged each
 * time ({@link DamagedReplies#damage}) and then read as the client reads what comes over the wire:
 * the parser always gives a result that converts to JSON, nothing escapes it and none hangs.
 */
public final class DamagedPolls {
  private static final int ROUNDS = 100_000;

  private DamagedPolls() {}

  /**
   * Runs the polls and checks that many damaged replies still parsed after repair and so reached
   * the parser, so that the test could fail.
   *
   * @param recorded the undamaged reply to each of {@code commands}
   * @param seed the seed of the damage, the same in every run
   * @param parser the parser under test
   */
  public static void check(
      Map<String, JsonObject> recorded,
      List<String> commands,
      long seed,
      Function<Map<String, JsonObject>, PollResult> parser) {
    int reached =
        assertTimeoutPreemptively(
            Duration.ofSeconds(300), () -> run(recorded, commands, new Random(seed), parser));
    assertThat(reached).isGreaterThan(ROUNDS / 4);
  }

  private static int run(
      Map<String, JsonObject> recorded,
      List<String> commands,
      Random random,
      Function<Map<String, JsonObject>, PollResult> parser) {
    Map<String, String> texts = new HashMap<>();
    recorded.forEach((command, reply) -> texts.put(command, reply.toString()));
    int reached = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, JsonObject> replies = new HashMap<>(recorded);
      int damaged = 1 + random.nextInt(2);
      for (int i = 0; i < damaged; i++) {
        String command = commands.get(random.nextInt(commands.size()));
        replies.remove(command);
        JsonObject reply =
            DamagedReplies.parsedOrNull(DamagedReplies.damage(texts.get(command), random));
        if (reply != null) { // else the client refuses it: it never reaches the parser
          replies.put(command, reply);
          reached++;
        }
      }
      ReadingJson.toJson(parser.apply(replies));
    }
    return reached;
  }
}
