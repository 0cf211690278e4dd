package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated real replies thrown at every parser of the driver: a reply that still parses as JSON must
 * give a result, never an exception, and an encrypted reply decrypts or is the module's own
 * MalformedReplyException.
 */
class WhatsminerFuzzTest {
  private static final String SYMBOLS = "{}[],:\"\\'-.0123456789eE ntfaluNI\u0000\n";
  private static final List<String> V2 =
      List.of(
          "whatsminer-btminer-apiv1/summary.json",
          "whatsminer-btminer-apiv1/summary_with_errors.json",
          "whatsminer-btminer-apiv1/devs.json",
          "whatsminer-btminer-apiv1/pools.json",
          "whatsminer-btminer-apiv2/summary.json",
          "whatsminer-btminer-apiv2/devs.json",
          "whatsminer-btminer-foreman/m20s_newfw.summary.json",
          "whatsminer-btminer-foreman/m20s_newfw.devs.json",
          "whatsminer-btminer-foreman/m3.summary.json");
  private static final List<String> V3 =
      List.of(
          "whatsminer-btminer-apiv3/get_device_info_with_errors.json",
          "whatsminer-btminer-apiv3/get_miner_status_summary.json",
          "whatsminer-btminer-apiv3/get_miner_status_edevs.json",
          "whatsminer-btminer-apiv3/get_miner_status_pools.json");

  @Provide
  Arbitrary<String> v2Replies() {
    return mutated(V2);
  }

  @Provide
  Arbitrary<String> v3Replies() {
    return mutated(V3);
  }

  private static Arbitrary<String> mutated(List<String> files) {
    List<String> texts = files.stream().map(Fixtures::text).toList();
    return Arbitraries.longs().map(seed -> mutate(texts, new Random(seed)));
  }

  /** One to eight random edits of one fixture: deletions, insertions, swaps, duplications, cuts. */
  static String mutate(List<String> texts, Random random) {
    StringBuilder text = new StringBuilder(texts.get(random.nextInt(texts.size())));
    int edits = 1 + random.nextInt(8);
    for (int i = 0; i < edits && text.length() > 1; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(5)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        case 2 -> text.setCharAt(at, SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        case 3 ->
            text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(40))));
        default -> text.setLength(at);
      }
    }
    return text.toString();
  }

  /**
   * The reply as the client parses it, or null when it does not parse. The client's own fuzzing is
   * the core's; a RuntimeException of Parsson it lets through (an exponent overflow such as {@code
   * 6e7977549397.0}, fixed in the core) only means the reply never reaches these parsers.
   */
  private static JsonObject parsed(String text) {
    try {
      return CgminerClient.parse(text);
    } catch (MalformedReplyException | RuntimeException e) {
      return null;
    }
  }

  @Property(tries = 10_000)
  void apiV2RepliesGiveAResult(@ForAll("v2Replies") String text) {
    JsonObject reply = parsed(text);
    if (reply == null) {
      return;
    }
    PollResult result =
        ApiV2Reading.parse(
            new ApiV2Replies(reply, reply, reply, reply, reply, List.of()), TestModels.NONE);
    assertThat(result).isNotNull();
    new WhatsminerDriver().recognizes(new Fingerprint(reply, reply, false));
  }

  @Property(tries = 10_000)
  void apiV3RepliesGiveAResult(@ForAll("v3Replies") String text) {
    JsonObject reply = parsed(text);
    if (reply == null) {
      return;
    }
    PollResult result =
        ApiV3Reading.parse(
            new ApiV3Replies(reply, reply, reply, reply, List.of()), TestModels.NONE);
    assertThat(result).isNotNull();
  }

  @Property(tries = 2_000)
  void encryptedRepliesDecryptOrAreMalformed(@ForAll String base64) throws Exception {
    ApiV2Cipher cipher =
        ApiV2Cipher.fromToken(Fixtures.json("whatsminer-btminer-foreman/get_token.json"), "admin");
    try {
      assertThat(cipher.decrypt(base64)).isNotNull();
    } catch (MalformedReplyException e) {
      // the module's own exception: allowed
    }
  }
}
