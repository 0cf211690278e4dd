package io.hashwatch.protocols.miner.antminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.RecordedReplies;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.testing.DamagedReplies;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * 100,000 damaged replies at each parser of the stock driver: the poll's summary, pools and stats
 * of every recorded Antminer, the version replies identification reads (of every firmware, so that
 * both answers are tried), and the web config ({@code get_miner_conf.cgi}) that actions read and
 * write back. Nothing but the module's own exceptions escapes, every poll gives a result that
 * converts to JSON, and none hangs: each test runs under a time bound.
 */
class StockReadingFuzzTest {
  static final int ROUNDS = 100_000;
  private static final Duration BOUND = Duration.ofMinutes(3);
  private static final List<PoolSetting> POOLS =
      List.of(new PoolSetting("stratum+tcp://pool.example:3333", "farm.rig1", "x"));

  /** A recorded reply as text and as the client parses it. */
  private record Seed(String text, JsonObject json) {}

  private static List<Seed> seeds(Predicate<String> path) {
    return RecordedReplies.all().entrySet().stream()
        .filter(entry -> path.test(entry.getKey()))
        .map(entry -> new Seed(entry.getValue(), DamagedReplies.parsedOrNull(entry.getValue())))
        .filter(seed -> seed.json() != null)
        .toList();
  }

  private static Predicate<String> antminer(String command) {
    return path ->
        path.startsWith("antminer-") && !path.contains("cgi-bin") && path.contains(command);
  }

  @Test
  void damagedPollRepliesGiveAResult() {
    List<List<Seed>> commands =
        List.of(seeds(antminer("summary")), seeds(antminer("pools")), seeds(antminer("stats")));
    assertThat(commands.get(2)).hasSizeGreaterThan(15);
    Random random = new Random(0x5706);
    int[] reached = new int[1];
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int round = 0; round < ROUNDS; round++) {
            JsonObject[] replies = new JsonObject[3];
            Seed[] seeds = new Seed[3];
            for (int k = 0; k < 3; k++) {
              seeds[k] = pick(commands.get(k), random);
              replies[k] = seeds[k].json();
            }
            for (int damaged = 1 + random.nextInt(3); damaged > 0; damaged--) {
              int k = random.nextInt(3);
              replies[k] =
                  DamagedReplies.parsedOrNull(DamagedReplies.damage(seeds[k].text(), random));
              reached[0] += replies[k] == null ? 0 : 1;
            }
            if (replies[0] == null && replies[1] == null && replies[2] == null) {
              continue; // the driver answers "rejected" without parsing
            }
            PollResult result =
                StockReading.parse(
                    new StockReplies(replies[0], replies[1], replies[2], List.of()),
                    AntminerDriver.FIRMWARE);
            assertThat(ReadingJson.toJson(result)).isNotNull();
          }
        });
    assertThat(reached[0]).as("damaged replies that still parse").isGreaterThan(ROUNDS / 4);
  }

  @Test
  void damagedVersionRepliesAreRecognisedOrNot() {
    List<Seed> versions = seeds(path -> path.contains("version"));
    List<Seed> stats = seeds(antminer("stats"));
    AntminerDriver driver = new AntminerDriver();
    Random random = new Random(0x7e5);
    int[] recognised = new int[1];
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int round = 0; round < ROUNDS; round++) {
            JsonObject version =
                DamagedReplies.parsedOrNull(
                    DamagedReplies.damage(pick(versions, random).text(), random));
            JsonObject stat = random.nextInt(4) == 0 ? pick(stats, random).json() : null;
            if (driver.recognizes(new Fingerprint(version, stat, false))) {
              recognised[0]++;
            }
          }
        });
    assertThat(recognised[0]).as("still an Antminer").isBetween(ROUNDS / 100, ROUNDS / 2);
  }

  @Test
  void damagedWebConfigsGiveSettingsOrTheModulesException() {
    List<String> confs =
        seeds(path -> path.contains("get_miner_conf")).stream().map(Seed::text).toList();
    assertThat(confs).hasSizeGreaterThanOrEqualTo(2);
    Random random = new Random(0xc0f);
    int[] read = new int[1];
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int round = 0; round < ROUNDS; round++) {
            String body = DamagedReplies.damage(confs.get(random.nextInt(confs.size())), random);
            MinerConf conf;
            try {
              conf = MinerConf.parse(body);
            } catch (MalformedReplyException e) {
              continue; // the module's own answer to a body it cannot read
            }
            read[0]++;
            assertThat(conf.poolUrls()).doesNotContainNull();
            String modern = ConfBodies.modern(conf, ConfBodies.pools(conf), conf.workMode());
            String legacy = ConfBodies.legacy(conf, POOLS);
            assertThat(Objects.requireNonNull(modern) + legacy).contains("pool");
          }
        });
    assertThat(read[0]).as("damaged configs that still parse").isGreaterThan(ROUNDS / 4);
  }

  private static Seed pick(List<Seed> seeds, Random random) {
    return seeds.get(random.nextInt(seeds.size()));
  }
}
