package io.hashwatch.protocols.miner.luxos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.testing.DamagedReplies;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 damaged copies of the recorded LuxOS replies, one reply mutated at a time: each gives a
 * poll result or the module's own exception, and none hangs.
 */
class LuxosFuzzTest {
  static final int MUTATIONS = 100_000;

  /** Letters of the firmware's keys, which damage may write. */
  static final String KEY_LETTERS = "IDchain_acn";

  @Test
  void mutatedRepliesNeverBreakTheReading() throws Exception {
    Map<String, String> originals = new HashMap<>();
    Map<String, JsonObject> parsed = new HashMap<>();
    for (String command : LuxosReading.COMMANDS) {
      originals.put(command, Fixtures.text("luxos/" + command + ".json"));
      parsed.put(command, Fixtures.json("luxos/" + command + ".json"));
    }
    Random random = new Random(5);
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () -> {
          for (int i = 0; i < MUTATIONS; i++) {
            String command = LuxosReading.COMMANDS.get(i % LuxosReading.COMMANDS.size());
            String mutated = DamagedReplies.damage(originals.get(command), random, KEY_LETTERS);
            try {
              Map<String, JsonObject> replies = new HashMap<>(parsed);
              replies.put(command, CgminerClient.parse(mutated));
              assertThat(LuxosReading.from(replies)).isNotNull();
            } catch (DeviceException expected) {
              // the module's own answer to a reply it cannot read
            } catch (RuntimeException e) {
              throw new AssertionError("mutation " + i + " of " + command + ": " + mutated, e);
            }
          }
        });
  }
}
