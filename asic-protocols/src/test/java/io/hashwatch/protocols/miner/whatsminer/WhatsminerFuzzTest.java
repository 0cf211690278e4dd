package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.testing.DamagedReplies;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 100,000 damaged replies at each parser of the driver: the API v1/v2 poll (summary, devs, pools,
 * devdetails, get_version, one to three damaged each round) with identification and the version
 * figures a poll remembers, the API v3 poll with its reply check, and the encrypted replies of
 * writes. Nothing but the module's own exceptions escapes, every poll gives a result that converts
 * to JSON, and none hangs: each test runs under a time bound.
 */
class WhatsminerFuzzTest {
  static final int ROUNDS = 100_000;
  private static final Duration BOUND = Duration.ofMinutes(3);
  private static final ModelLookup MODELS = ModelCatalog.standard()::find;

  /** No fixture holds a devdetails reply: this one has the shape pyasic and asic-rs read. */
  private static final String DEVDETAILS = "devdetails";

  /**
   * The stats of old firmware, which identification reads; 40 to 70 kB each, so drawn in one round
   * of {@link #STATS_EVERY}.
   */
  private static final List<String> STATS =
      List.of(
          "whatsminer-btminer-foreman/m20s_oldfw.stats.json",
          "whatsminer-btminer-foreman/m3.stats.json");

  private static final int STATS_EVERY = 50;

  /** The recorded replies each member of a poll is drawn from. */
  private static final List<List<String>> V2 =
      List.of(
          List.of(
              "whatsminer-btminer-apiv1/summary.json",
              "whatsminer-btminer-apiv1/summary_with_errors.json",
              "whatsminer-btminer-apiv2/summary.json",
              "whatsminer-btminer-foreman/m20s_newfw.summary.json",
              "whatsminer-btminer-foreman/m20s_oldfw.summary.json",
              "whatsminer-btminer-foreman/m3.summary.json"),
          List.of(
              "whatsminer-btminer-apiv1/devs.json",
              "whatsminer-btminer-apiv2/devs.json",
              "whatsminer-btminer-foreman/m20s_newfw.devs.json"),
          List.of(
              "whatsminer-btminer-apiv1/pools.json",
              "whatsminer-btminer-apiv2/pools.json",
              "whatsminer-btminer-foreman/m20s_newfw.pools.json",
              "whatsminer-btminer-foreman/m3.pools.json"),
          List.of(DEVDETAILS),
          List.of(
              "whatsminer-btminer-apiv1/get_version.json",
              "whatsminer-btminer-apiv2/get_version.json",
              "whatsminer-btminer-apiv2/get_miner_info.json"));

  private static final List<List<String>> V3 =
      List.of(
          List.of(
              "whatsminer-btminer-apiv3/get_device_info.json",
              "whatsminer-btminer-apiv3/get_device_info_with_errors.json"),
          List.of("whatsminer-btminer-apiv3/get_miner_status_summary.json"),
          List.of("whatsminer-btminer-apiv3/get_miner_status_edevs.json"),
          List.of("whatsminer-btminer-apiv3/get_miner_status_pools.json"));

  private static final Map<String, String> TEXTS =
      Stream.of(V2, V3, List.of(STATS))
          .flatMap(List::stream)
          .flatMap(List::stream)
          .distinct()
          .collect(Collectors.toMap(path -> path, WhatsminerFuzzTest::text));
  private static final Map<String, JsonObject> PARSED =
      TEXTS.entrySet().stream()
          .collect(
              Collectors.toMap(
                  Map.Entry::getKey, entry -> DamagedReplies.parsedOrNull(entry.getValue())));

  private static String text(String path) {
    return path.equals(DEVDETAILS) ? ApiV2ReadingTest.DEVDETAILS : Fixtures.text(path);
  }

  @Test
  void damagedApiV2RepliesGiveAResult() {
    WhatsminerDriver driver = new WhatsminerDriver();
    Random random = new Random(0x2b7);
    int[] reached = new int[1];
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int round = 0; round < ROUNDS; round++) {
            JsonObject[] replies = poll(V2, random, reached);
            if (replies[0] == null) {
              continue; // no summary: the driver turns to API v3 without parsing
            }
            PollResult result =
                ApiV2Reading.parse(
                    new ApiV2Replies(
                        replies[0], replies[1], replies[2], replies[3], replies[4], List.of()),
                    MODELS);
            assertThat(ReadingJson.toJson(result)).isNotNull();
            JsonObject stats =
                round % STATS_EVERY == 0
                    ? DamagedReplies.parsedOrNull(
                        DamagedReplies.damage(TEXTS.get(STATS.get(random.nextInt(2))), random))
                    : null;
            driver.recognizes(new Fingerprint(replies[4], stats, false));
            assertThat(KnownMiner.versionFigures(replies[4]).getJsonObject("Msg")).isNotNull();
          }
        });
    assertThat(reached[0]).as("damaged replies that still parse").isGreaterThan(ROUNDS / 4);
  }

  @Test
  void damagedApiV3RepliesGiveAResultOrTheModulesException() {
    Random random = new Random(0x3b7);
    int[] reached = new int[1];
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int round = 0; round < ROUNDS; round++) {
            JsonObject[] replies = poll(V3, random, reached);
            for (JsonObject reply : replies) {
              try {
                ApiV3Client.checked(reply == null ? JsonObject.EMPTY_JSON_OBJECT : reply);
              } catch (DeviceException e) {
                // the module's own answer to a refusal or a reply it cannot read
              }
            }
            if (replies[1] == null) {
              continue; // no summary: the poll is refused before parsing
            }
            PollResult result =
                ApiV3Reading.parse(
                    new ApiV3Replies(replies[0], replies[1], replies[2], replies[3], List.of()),
                    MODELS);
            assertThat(ReadingJson.toJson(result)).isNotNull();
          }
        });
    assertThat(reached[0]).as("damaged replies that still parse").isGreaterThan(ROUNDS / 4);
  }

  @Test
  void encryptedRepliesDecryptOrAreMalformed() throws Exception {
    ApiV2Cipher cipher =
        ApiV2Cipher.fromToken(
            Fixtures.json("whatsminer-btminer-foreman/get_token.json"),
            Fixtures.json("whatsminer-btminer-foreman/crypto_test_vector.json")
                .getString("password"));
    String recorded =
        Fixtures.json("whatsminer-btminer-foreman/enc_set_led.response.json").getString("enc");
    assertThat(cipher.decrypt(recorded)).contains("\"STATUS\"");
    Random random = new Random(0xe2c);
    int[] decrypted = new int[1];
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int round = 0; round < ROUNDS; round++) {
            String base64 =
                switch (random.nextInt(3)) {
                  case 0 -> DamagedReplies.damage(recorded, random);
                  case 1 -> Base64.getEncoder().encodeToString(blocks(random));
                  default -> new String(randomBytes(random), StandardCharsets.ISO_8859_1);
                };
            try {
              JsonObject reply = DamagedReplies.parsedOrNull(cipher.decrypt(base64));
              decrypted[0]++;
              if (reply != null) {
                CgminerStatus.check(reply);
              }
            } catch (MalformedReplyException e) {
              // the module's own answer to a reply it cannot decrypt
            } catch (DeviceException e) {
              // a decrypted refusal
            }
          }
        });
    assertThat(decrypted[0]).as("replies that decrypt").isGreaterThan(ROUNDS / 10);
  }

  /**
   * One recorded reply per member, one to three of them damaged; a member is null when its damaged
   * reply does not parse (the client refuses it).
   */
  private static JsonObject[] poll(List<List<String>> members, Random random, int[] reached) {
    JsonObject[] replies = new JsonObject[members.size()];
    String[] texts = new String[members.size()];
    for (int k = 0; k < members.size(); k++) {
      List<String> choices = members.get(k);
      String path = choices.get(random.nextInt(choices.size()));
      texts[k] = TEXTS.get(path);
      replies[k] = PARSED.get(path);
    }
    for (int damaged = 1 + random.nextInt(3); damaged > 0; damaged--) {
      int k = random.nextInt(members.size());
      replies[k] = DamagedReplies.parsedOrNull(DamagedReplies.damage(texts[k], random));
      reached[0] += replies[k] == null ? 0 : 1;
    }
    return replies;
  }

  /** Whole AES blocks, which decrypt to something, mostly not JSON. */
  private static byte[] blocks(Random random) {
    byte[] bytes = new byte[16 * random.nextInt(6)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(96)];
    random.nextBytes(bytes);
    return bytes;
  }
}
