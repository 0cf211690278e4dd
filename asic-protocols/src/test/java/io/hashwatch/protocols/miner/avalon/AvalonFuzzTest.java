package io.hashwatch.protocols.miner.avalon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.testing.DamagedReplies;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 damaged copies of the recorded Avalon replies: each parses to a poll result or fails with
 * the module's own exception, and none hangs.
 */
class AvalonFuzzTest {
  static final int MUTATIONS = 100_000;

  /** Letters of the firmware's keys, which damage may write. */
  static final String KEY_LETTERS = "MGHSTmaxPVT_";

  @Test
  void mutatedRepliesNeverBreakTheReading() {
    List<String> originals =
        List.of(
            Fixtures.text("avalon-asicrs/summary.json"),
            Fixtures.text("avalon-asicrs/pools.json"),
            Fixtures.text("avalon-asicrs/stats.json"),
            Fixtures.text("avalon-asicrs/avalon_a_stats.json"),
            Fixtures.text("avalon-foreman/avalon7xx.stats.json"),
            Fixtures.text("avalon-foreman/avalon8xx.stats.json"),
            Fixtures.text("avalon-foreman/avalon10xx.pools+summary+stats.json"),
            Fixtures.text("avalon-asicrs/ascset_softoff.json"),
            Fixtures.text("avalon-foreman/ascset_0_led_1-1.response.txt"));
    Random random = new Random(3);
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () -> {
          for (int i = 0; i < MUTATIONS; i++) {
            String original = originals.get(i % originals.size());
            String mutated = DamagedReplies.damage(original, random, KEY_LETTERS);
            try {
              if (original.length() < 500) { // an ascset reply
                AscsetReply.parse(mutated).result("fuzz");
              } else {
                PollResult result = AvalonReading.from(members(CgminerClient.parse(mutated)));
                assertThat(result).as(mutated).isNotNull();
              }
            } catch (DeviceException expected) {
              // the module's own answer to a reply it cannot read
            } catch (RuntimeException e) {
              throw new AssertionError("mutation " + i + " broke the reading: " + mutated, e);
            }
          }
        });
  }

  /** The members of a joined reply, else the reply under every command name. */
  static Map<String, JsonObject> members(JsonObject reply) {
    Map<String, JsonObject> members = new HashMap<>();
    for (String command : AvalonReading.COMMANDS) {
      if (reply.get(command) instanceof jakarta.json.JsonArray list
          && !list.isEmpty()
          && list.get(0).getValueType() == JsonValue.ValueType.OBJECT) {
        members.put(command, list.getJsonObject(0));
      }
    }
    if (members.isEmpty()) {
      AvalonReading.COMMANDS.forEach(command -> members.put(command, reply));
    }
    return members;
  }
}
