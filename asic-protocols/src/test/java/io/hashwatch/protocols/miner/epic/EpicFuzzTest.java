package io.hashwatch.protocols.miner.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.testing.DamagedReplies;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 damaged copies of the recorded ePIC replies, one reply mutated at a time: each gives a
 * poll result or the module's own exception, and none hangs.
 */
class EpicFuzzTest {
  static final int MUTATIONS = 100_000;

  /** Letters of the firmware's keys, which damage may write. */
  static final String KEY_LETTERS = "HBsIndexData";

  @Test
  void mutatedRepliesNeverBreakTheReading() throws Exception {
    List<String> paths =
        List.of(
            "epic-umc/summary.json", "epic-umc/capabilities.json", "epic-umc/chip_hashrates.json");
    List<String> originals = new ArrayList<>();
    List<JsonValue> parsed = new ArrayList<>();
    for (String path : paths) {
      originals.add(Fixtures.text(path));
      parsed.add(JsonReplies.parse(Fixtures.text(path), path));
    }
    Random random = new Random(7);
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () -> {
          for (int i = 0; i < MUTATIONS; i++) {
            int which = i % originals.size();
            String mutated = DamagedReplies.damage(originals.get(which), random, KEY_LETTERS);
            try {
              List<JsonValue> replies = new ArrayList<>(parsed);
              replies.set(which, JsonReplies.parse(mutated, "fuzz"));
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
}
