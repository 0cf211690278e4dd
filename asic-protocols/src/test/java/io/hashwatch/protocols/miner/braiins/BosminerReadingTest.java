package io.hashwatch.protocols.miner.braiins;

import static io.hashwatch.protocols.miner.braiins.Recorded.DOCS;
import static io.hashwatch.protocols.miner.braiins.Recorded.FOREMAN;
import static io.hashwatch.protocols.miner.braiins.Recorded.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.CgminerReplies;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures checked by hand against the recorded replies (fixtures/braiins-os). */
class BosminerReadingTest {
  /** How bosminer signs its replies, refusals included. */
  static final String BOSMINER = "BOSminer+ 0.2.0-36c56a9363";

  static final BiFunction<String, String, Optional<ModelSpec>> NO_MODELS =
      (make, model) -> Optional.empty();

  /** An S9 as the model data would have it: 3 boards of 63 chips, 2 fans, 13.5 TH/s. */
  static final BiFunction<String, String, Optional<ModelSpec>> S9 =
      (make, model) ->
          "Bitmain".equals(make) && "Antminer S9".equals(model)
              ? Optional.of(new ModelSpec("Bitmain", "S9", "SHA256", 3, 63, 2, 13.5e12))
              : Optional.empty();

  static Map<String, JsonObject> replies(String prefix, String... commands) {
    Map<String, JsonObject> replies = new HashMap<>();
    for (String command : commands) {
      replies.put(command, json(prefix + command + ".json"));
    }
    return replies;
  }

  /** The S9 on BOS+ as recorded (0.2.0 and 0.4.0) and as documented (0.2.0): every command. */
  static Map<String, JsonObject> documentedS9() {
    Map<String, JsonObject> replies =
        replies(FOREMAN + "bosplus_0.2.0.", "version", "summary", "pools");
    replies.put("devs", json(FOREMAN + "bosplus_0.4.0.devs.json"));
    replies.putAll(replies(DOCS + "s9.", "devdetails", "temps", "fans", "tunerstatus"));
    return replies;
  }

  @Test
  void bosminer_0_2_0_on_an_s9() {
    Reading reading =
        (Reading)
            BosminerReading.read(
                replies(FOREMAN + "bos_0.2.0.", "version", "summary", "pools", "fans", "temps"),
                NO_MODELS);

    assertThat(reading.firmware()).isEqualTo("braiins");
    assertThat(reading.firmwareVersion()).isEqualTo("0.2.0-d360818");
    assertThat(reading.algorithm()).isEqualTo("SHA256");
    assertThat(reading.hashrateHs()).isCloseTo(14_274_425.317759488e6, within(1.0));
    assertThat(reading.hashrateAvgHs()).isCloseTo(16_698_158.653278796e6, within(1.0));
    assertThat(reading.accepted()).isEqualTo(68L);
    assertThat(reading.rejected()).isEqualTo(2L);
    assertThat(reading.hardwareErrors()).isZero();
    assertThat(reading.uptimeS()).isEqualTo(92L);
    assertThat(reading.pools())
        .containsExactly(
            new Pool(
                "stratum+tcp://stratum.antpool.com:3333", "antminer_1", "Alive", true, 68L, 2L, 0L),
            new Pool(
                "stratum+tcp://stratum.slushpool.com:3333",
                "!non-existent-user!",
                "Dead",
                false,
                0L,
                0L,
                0L));
    // this S9 measures no chip temperature: bosminer writes "Chip":0.0, which is no figure
    assertThat(reading.boards())
        .containsExactly(
            new Board(0, null, 53.0, null, null, null),
            new Board(1, null, 46.0, null, null, null),
            new Board(2, null, 52.0, null, null, null));
    assertThat(reading.fansRpm()).containsExactly(1560, 1560, 0, 0);
    assertThat(reading.model()).isNull();
    assertThat(reading.make()).isNull();
    assertThat(reading.powerW()).isNull();
    assertThat(reading.errors())
        .containsExactly("devdetails: no reply", "devs: no reply", "tunerstatus: no reply");
  }

  @Test
  void bosminer_plus_0_2_0_on_an_s9() {
    Reading reading =
        (Reading)
            BosminerReading.read(
                replies(FOREMAN + "bosplus_0.2.0.", "version", "summary", "pools", "fans", "temps"),
                NO_MODELS);

    assertThat(reading.firmwareVersion()).isEqualTo("0.2.0-36c56a9363");
    assertThat(reading.hashrateHs()).isCloseTo(15_740_915.842676325e6, within(1.0));
    assertThat(reading.hashrateAvgHs()).isCloseTo(11_988_299.650652435e6, within(1.0));
    assertThat(reading.accepted()).isEqualTo(153L);
    assertThat(reading.rejected()).isZero();
    assertThat(reading.hardwareErrors()).isEqualTo(186L);
    assertThat(reading.uptimeS()).isEqualTo(3680L);
    assertThat(reading.pools()).hasSize(3);
    assertThat(reading.pools().get(0).active()).isTrue();
    assertThat(reading.pools().get(0).accepted()).isEqualTo(152L);
    assertThat(reading.pools().subList(1, 3)).noneMatch(Pool::active);
    assertThat(reading.pools().get(2).url()).isEqualTo("stratum+tcp://stratum.antpool.com:25");
    assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(75.0, 63.0, 70.0);
    assertThat(reading.fansRpm()).containsExactly(2820, 3780, 0, 0);
  }

  @Test
  void a_documented_s9_with_every_command() {
    Reading reading = (Reading) BosminerReading.read(documentedS9(), S9);

    assertThat(reading.make()).isEqualTo("Bitmain");
    assertThat(reading.model()).isEqualTo("Antminer S9");
    assertThat(reading.powerW()).isEqualTo(1419.0);
    // 1419 W / 15.740915842676325 TH/s
    assertThat(reading.efficiencyJth()).isCloseTo(90.1472, within(0.0001));
    // the tuner's nominal 4668300 MH/s on each of the three chains
    assertThat(reading.expectedHashrateHs()).isCloseTo(14_004_900e6, within(1.0));
    // joined by chain ID 6, 7, 8 across devs (0.4.0), temps and devdetails (documented)
    assertThat(reading.boards()).extracting(Board::index).containsExactly(0, 1, 2);
    assertThat(reading.boards().get(0).hashrateHs()).isCloseTo(4_683_070.74742169e6, within(1.0));
    assertThat(reading.boards().get(1).hashrateHs()).isCloseTo(4_687_913.424447901e6, within(1.0));
    assertThat(reading.boards().get(2).hashrateHs()).isCloseTo(4_213_098.705765925e6, within(1.0));
    assertThat(reading.boards())
        .extracting(Board::boardTempC)
        .containsExactly(81.875, 85.875, 84.4375);
    assertThat(reading.boards())
        .extracting(Board::chipTempC)
        .containsExactly(104.625, 108.9375, 105.4375);
    assertThat(reading.boards()).extracting(Board::chips).containsExactly(63, 63, 63);
    assertThat(reading.boards()).extracting(Board::expectedChips).containsOnly(63);
    // an S9 has two fans; bosminer lists four headers, the two empty ones read 0 RPM
    assertThat(reading.fansRpm()).containsExactly(5340, 4620);
    assertThat(reading.errors()).isEmpty();
  }

  @Test
  void without_devs_the_expected_hashrate_is_the_models() {
    Map<String, JsonObject> replies = documentedS9();
    replies.remove("devs");

    Reading reading = (Reading) BosminerReading.read(replies, S9);

    assertThat(reading.expectedHashrateHs()).isEqualTo(13.5e12);
    assertThat(reading.boards()).extracting(Board::hashrateHs).containsOnlyNulls();
    assertThat(reading.errors()).containsExactly("devs: no reply");
  }

  @Test
  void a_refused_command_is_an_error_in_words_not_a_failure() {
    Map<String, JsonObject> replies = documentedS9();
    replies.put("tunerstatus", CgminerReplies.error(14, "Invalid command", BOSMINER));

    Reading reading = (Reading) BosminerReading.read(replies, S9);

    assertThat(reading.powerW()).isNull();
    assertThat(reading.efficiencyJth()).isNull();
    assertThat(reading.errors()).singleElement().asString().startsWith("tunerstatus: ");
    assertThat(reading.errors().get(0)).contains("Invalid command");
  }

  @Test
  void a_refused_summary_rejects_the_poll() {
    Map<String, JsonObject> replies = documentedS9();
    replies.put(
        "summary", CgminerReplies.error(45, "Access denied to 'summary' command", BOSMINER));

    PollResult result = BosminerReading.read(replies, S9);

    assertThat(result).isInstanceOf(Rejected.class);
    assertThat(result.errors()).anyMatch(error -> error.contains("Access denied"));
  }

  @Test
  void an_empty_summary_is_no_data_yet() {
    Map<String, JsonObject> replies = documentedS9();
    replies.put("summary", CgminerReplies.emptied(replies.get("summary"), "SUMMARY"));

    assertThat(BosminerReading.read(replies, S9)).isInstanceOf(NoData.class);
  }

  @ParameterizedTest
  @CsvSource({
    "bosminer-api-foreman/bos_0.2.0.version.json, 0.2.0-d360818",
    "bosminer-api-foreman/bosplus_0.2.0.version.json, 0.2.0-36c56a9363",
    "bosminer-api-foreman/bos_legacy_bmminer.version.json, bOS_am1-s9-20181127-0_c34516b0",
    "asicrs-v21_09/version.json, boser-openwrt 0.1.0-11012d53",
    "asicrs-v24_09/version.json, boser-openwrt 0.1.0-11012d53",
    "asicrs-v25_03/version.json, boser-buildroot 0.1.0-75912fc7",
    "asicrs-v25_05/version.json, boser-buildroot 0.1.0-45f356ea",
  })
  void the_firmware_version_is_the_description_without_the_program(String file, String version) {
    Map<String, JsonObject> replies = documentedS9();
    replies.put("version", json(file));

    Reading reading = (Reading) BosminerReading.read(replies, S9);

    assertThat(reading.firmwareVersion()).isEqualTo(version);
  }

  @Test
  void devs_alone_give_the_boards_hashrate_in_order_of_their_chain() {
    List<Board> boards =
        BosminerBoards.boards(
            List.copyOf(
                json(FOREMAN + "bosplus_0.4.0.devs.json")
                    .getJsonArray("DEVS")
                    .getValuesAs(JsonObject.class)),
            List.of(),
            List.of(),
            null);

    assertThat(boards).extracting(Board::index).containsExactly(0, 1, 2);
    assertThat(boards.get(2).hashrateHs()).isCloseTo(4_213_098.705765925e6, within(1.0));
  }
}
