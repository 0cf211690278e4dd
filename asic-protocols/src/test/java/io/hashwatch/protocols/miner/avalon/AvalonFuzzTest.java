package io.hashwatch.protocols.miner.avalon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.reading.PollResult;
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
 * 100,000 mutations of the recorded Avalon replies: each parses to a poll result or fails with the
 * module's own exception, and none hangs.
 */
class AvalonFuzzTest {
  static final int MUTATIONS = 100_000;
  static final String NASTY = "{}[],:\"\\ 0123456789-.eEntfaulr%[]MGHSTmaxPVT_\u0000\n";

  @Test
  void mutatedRepliesNeverBreakTheReading() {
    List<String> originals =
        List.of(
            Fixture.text("avalon-asicrs/summary.json"),
            Fixture.text("avalon-asicrs/pools.json"),
            Fixture.text("avalon-asicrs/stats.json"),
            Fixture.text("avalon-asicrs/avalon_a_stats.json"),
            Fixture.text("avalon-foreman/avalon7xx.stats.json"),
            Fixture.text("avalon-foreman/avalon8xx.stats.json"),
            Fixture.text("avalon-foreman/avalon10xx.pools+summary+stats.json"),
            Fixture.text("avalon-asicrs/ascset_softoff.json"),
            Fixture.text("avalon-foreman/ascset_0_led_1-1.response.txt"));
    Random random = new Random(3);
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () -> {
          for (int i = 0; i < MUTATIONS; i++) {
            String mutated = mutate(originals.get(i % originals.size()), random);
            try {
              if (mutated.length() < 500) {
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
