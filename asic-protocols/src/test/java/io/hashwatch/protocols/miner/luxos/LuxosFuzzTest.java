package io.hashwatch.protocols.miner.luxos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 mutations of the recorded LuxOS replies, one reply mutated at a time: each gives a poll
 * result or the module's own exception, and none hangs.
 */
class LuxosFuzzTest {
  static final int MUTATIONS = 100_000;
  static final String NASTY = "{}[],:\"\\ 0123456789-.eEntfaulr%IDchain_acn\u0000\n";

  @Test
  void mutatedRepliesNeverBreakTheReading() throws Exception {
    Map<String, String> originals = new HashMap<>();
    Map<String, JsonObject> parsed = new HashMap<>();
    for (String command : LuxosReading.COMMANDS) {
      originals.put(command, Fixture.text("luxos/" + command + ".json"));
      parsed.put(command, Fixture.json("luxos/" + command + ".json"));
    }
    Random random = new Random(5);
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () -> {
          for (int i = 0; i < MUTATIONS; i++) {
            String command = LuxosReading.COMMANDS.get(i % LuxosReading.COMMANDS.size());
            String mutated = mutate(originals.get(command), random);
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

  /** One to three flips, cuts, copies or huge numbers at random places. */
  static String mutate(String text, Random random) {
    StringBuilder mutated = new StringBuilder(text);
    for (int n = 1 + random.nextInt(3); n > 0 && mutated.length() > 0; n--) {
      int at = random.nextInt(mutated.length());
      int length = Math.min(1 + random.nextInt(40), mutated.length() - at);
      switch (random.nextInt(5)) {
        case 0 -> mutated.setCharAt(at, NASTY.charAt(random.nextInt(NASTY.length())));
        case 1 -> mutated.delete(at, at + length);
        case 2 -> mutated.insert(at, mutated.substring(at, at + length));
        case 3 -> mutated.insert(at, random.nextBoolean() ? "1e308" : "-99999999999");
        default -> mutated.setLength(at);
      }
    }
    return mutated.toString();
  }
}
