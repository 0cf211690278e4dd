package io.hashwatch.protocols.miner.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 mutations of the recorded ePIC replies, one reply mutated at a time: each gives a poll
 * result or the module's own exception, and none hangs.
 */
class EpicFuzzTest {
  static final int MUTATIONS = 100_000;
  static final String NASTY = "{}[],:\"\\ 0123456789-.eEntfaulrHBsIndexData\u0000\n";

  @Test
  void mutatedRepliesNeverBreakTheReading() throws Exception {
    List<String> paths =
        List.of(
            "epic-umc/summary.json", "epic-umc/capabilities.json", "epic-umc/chip_hashrates.json");
    List<String> originals = new ArrayList<>();
    List<JsonValue> parsed = new ArrayList<>();
    for (String path : paths) {
      originals.add(Fixture.text(path));
      parsed.add(EpicApi.parse(Fixture.text(path), path));
    }
    Random random = new Random(7);
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () -> {
          for (int i = 0; i < MUTATIONS; i++) {
            int which = i % originals.size();
            String mutated = mutate(originals.get(which), random);
            try {
              List<JsonValue> replies = new ArrayList<>(parsed);
              replies.set(which, EpicApi.parse(mutated, "fuzz"));
              if (replies.get(0) instanceof JsonObject summary) {
                JsonObject capabilities =
                    replies.get(1) instanceof JsonObject object ? object : null;
                assertThat(
                        EpicReading.from(summary, capabilities, replies.get(2), new ArrayList<>()))
                    .isNotNull();
              }
            } catch (DeviceException expected) {
              // the module's own answer to a reply it cannot read
            } catch (RuntimeException e) {
              throw new AssertionError("mutation " + i + ": " + mutated, e);
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
