package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownMinersTest {
  private static final KnownMiner REFUSES_JOINS =
      new KnownMiner(false, true, Map.of("devdetails", "refused"), null, 100L);

  private static final JsonProvider JSON = CachedJsonProvider.INSTANCE;

  private final MovableClock clock = new MovableClock();

  @Test
  void anUnknownMinerIsAskedEverything() {
    assertThat(new KnownMiners(clock, 4).recall("10.0.0.1:4028")).isEqualTo(KnownMiner.NOTHING);
  }

  @Test
  void whatWasLearntIsRecalledUntilForgotten() {
    KnownMiners known = new KnownMiners(clock, 4);
    known.remember("10.0.0.1:4028", REFUSES_JOINS);

    assertThat(known.recall("10.0.0.1:4028")).isEqualTo(REFUSES_JOINS);
    assertThat(known.recall("10.0.0.2:4028")).isEqualTo(KnownMiner.NOTHING);

    known.forget("10.0.0.1:4028");
    assertThat(known.recall("10.0.0.1:4028")).isEqualTo(KnownMiner.NOTHING);
    assertThat(known.size()).isZero();
  }

  @Test
  void rememberingNothingForgets() {
    KnownMiners known = new KnownMiners(clock, 4);
    known.remember("10.0.0.1:4028", REFUSES_JOINS);
    known.remember("10.0.0.1:4028", KnownMiner.NOTHING);

    assertThat(known.size()).isZero();
  }

  @Test
  void theMinerPolledLongestAgoGoesPastTheBound() {
    KnownMiners known = new KnownMiners(clock, 2);
    known.remember("a", REFUSES_JOINS);
    known.remember("b", REFUSES_JOINS);
    known.recall("a"); // polled again: "b" is now the one polled longest ago
    known.remember("c", REFUSES_JOINS);

    assertThat(known.size()).isEqualTo(2);
    assertThat(known.recall("b")).isEqualTo(KnownMiner.NOTHING);
    assertThat(known.recall("a")).isEqualTo(REFUSES_JOINS);
    assertThat(known.recall("c")).isEqualTo(REFUSES_JOINS);
  }

  @Test
  void whatWasLearntIsLearntAgainAfterAnHourEvenIfPolledSince() {
    KnownMiners known = new KnownMiners(clock, 4);
    known.remember("a", REFUSES_JOINS);
    clock.advance(KnownMiners.RELEARN_AFTER.minusSeconds(1));
    known.remember("a", new KnownMiner(false, true, Map.of(), null, 200L));

    assertThat(known.recall("a").uptimeS()).isEqualTo(200L);
    clock.advance(Duration.ofSeconds(1));
    assertThat(known.recall("a")).isEqualTo(KnownMiner.NOTHING);
  }

  @Test
  void aRememberedVersionKeepsOnlyTheFiguresAReadingUsesCutToTheBound() {
    String longType = "M".repeat(10_000);
    JsonObject reply = Fixtures.json("whatsminer-btminer-apiv2/get_version.json");
    JsonObject withType =
        JSON.createObjectBuilder(reply)
            .add(
                "Msg",
                JSON.createObjectBuilder(reply.getJsonObject("Msg")).add("miner_type", longType))
            .build();

    JsonObject kept = KnownMiner.versionFigures(withType);

    assertThat(kept.getJsonObject("Msg").keySet()).containsExactly("fw_ver", "miner_type");
    assertThat(kept.getJsonObject("Msg").getString("fw_ver")).isEqualTo("20230803.11.REL");
    assertThat(kept.getJsonObject("Msg").getString("miner_type")).hasSize(256);
  }
}
