package io.hashwatch.protocols.miner.vnish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 polls with damaged replies (one or two commands damaged each time): the parser always
 * gives a result that converts to JSON, and nothing escapes it.
 */
class VnishReadingFuzzTest {
  private static final int ROUNDS = 100_000;

  @Test
  void damaged_replies_give_a_result_and_nothing_escapes() {
    Map<String, JsonObject> recorded = VnishReadingTest.recorded();
    Map<String, String> texts = new HashMap<>();
    recorded.forEach((command, reply) -> texts.put(command, reply.toString()));
    List<String> commands = VnishReading.COMMANDS;
    Random random = new Random(0x5121);
    int[] reached = new int[1];
    assertTimeoutPreemptively(
        Duration.ofSeconds(300),
        () -> {
          for (int round = 0; round < ROUNDS; round++) {
            Map<String, JsonObject> replies = new HashMap<>(recorded);
            int damaged = 1 + random.nextInt(2);
            for (int i = 0; i < damaged; i++) {
              String command = commands.get(random.nextInt(commands.size()));
              replies.remove(command);
              try {
                replies.put(
                    command, CgminerClient.parse(Mutations.mutate(texts.get(command), random)));
                reached[0]++;
              } catch (MalformedReplyException e) {
                // the client refuses this reply: it never reaches the parser
              }
            }
            PollResult result = VnishReading.read(replies, VnishReadingTest.S21_PRO);
            ReadingJson.toJson(result);
          }
        });
    // many damaged replies still parse after repair and so reach the parser
    assertThat(reached[0]).isGreaterThan(ROUNDS / 4);
  }
}
