package io.hashwatch.protocols.miner.braiins;

import static io.hashwatch.protocols.miner.braiins.Recorded.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.CgminerReplies;
import io.hashwatch.protocols.testing.TcpStandIn;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BraiinsDriverTest {
  private final BraiinsDriver driver = new BraiinsDriver();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bosminer-api-foreman/bos_0.2.0.version.json",
        "bosminer-api-foreman/bosplus_0.2.0.version.json",
        "bosminer-api-foreman/bos_legacy_bmminer.version.json",
        "asicrs-v21_09/version.json",
        "asicrs-v24_09/version.json",
        "asicrs-v25_03/version.json",
        "asicrs-v25_05/version.json"
      })
  void recognizes_every_braiins_os_version_reply(String file) {
    assertThat(driver.recognizes(new Fingerprint(json(file), null, false))).isTrue();
  }

  /** Version replies of other firmware, as recorded in ../shared/fixtures. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // antminer-stock-s19pro-bmminer/version.json: Antminer stock, bmminer too
        """
        {"STATUS": [{"STATUS": "S", "When": 1755615294, "Code": 22, "Msg": "CGMiner versions", \
        "Description": "cgminer 1.0.0"}], "VERSION": [{"BMMiner": "1.0.0", "API": "3.1", "Miner": \
        "49.0.1.3", "CompileTime": "Tue Dec  6 16:12:30 CST 2022", "Type": "Antminer S19 Pro"}], \
        "id": 1}""",
        // luxos/version.json, whitespace compacted
        """
        {"STATUS":[{"Code":22,"Description":"LUXminer 2025.4.8.220305-57b389c7","Msg":"LUXminer \
        versions","STATUS":"S","When":1760242394}],"VERSION":[{"API":"3.7","CompileTime":"Tue Apr \
        8 22:05:35 UTC 2025","LUXminer":"2025.4.8.220305-57b389c7","Miner":"2025.4.8.220305",\
        "Type":"Antminer S19k Pro"}],"id":1}"""
      })
  void leaves_other_firmware_alone(String version) throws Exception {
    assertThat(driver.recognizes(new Fingerprint(CgminerClient.parse(version), null, false)))
        .isFalse();
  }

  @Test
  void leaves_vnish_alone() {
    // VNish refuses version; its stats names it (fixtures vnish-s21pro)
    Fingerprint vnish =
        new Fingerprint(
            null,
            Recorded.parse(
                "{\"STATS\":[{\"Type\":\"Antminer S21 Pro (Vnish 1.2.7)\",\"Cgminer\":\"1.2.7\"}]}"),
            false);

    assertThat(driver.recognizes(vnish)).isFalse();
  }

  @Test
  void polls_with_one_joined_command() throws Exception {
    Map<String, JsonObject> replies = BosminerReadingTest.documentedS9();
    try (CgminerStandIn miner = new CgminerStandIn(request -> joined(replies))) {
      PollResult result = driver.poll(target(miner));

      Reading reading = (Reading) result;
      assertThat(reading.hashrateHs()).isCloseTo(15_740_915.842676325e6, within(1.0));
      assertThat(reading.powerW()).isEqualTo(1419.0);
      assertThat(reading.boards()).hasSize(3);
      assertThat(miner.requests())
          .containsExactly(
              "{\"command\":\"version+summary+pools+devs+devdetails+temps+fans+tunerstatus\"}");
    }
  }

  @Test
  void polls_command_by_command_when_joins_are_refused() throws Exception {
    Map<String, JsonObject> replies = BosminerReadingTest.documentedS9();
    try (CgminerStandIn miner =
        new CgminerStandIn(
            request -> {
              String command = Recorded.parse(request).getString("command");
              JsonObject reply = replies.get(command);
              return reply != null
                  ? reply.toString()
                  : CgminerReplies.error(14, "Invalid command", BosminerReadingTest.BOSMINER)
                      .toString();
            })) {
      Reading reading = (Reading) driver.poll(target(miner));

      assertThat(reading.model()).isEqualTo("Antminer S9");
      assertThat(reading.fansRpm()).startsWith(5340, 4620);
      assertThat(reading.errors()).isEmpty();
      assertThat(miner.requests()).hasSize(1 + BosminerReading.COMMANDS.size());
    }
  }

  @Test
  void a_miner_that_does_not_answer_is_unreachable() throws Exception {
    int closed = TcpStandIn.closedPort();

    PollResult result = driver.poll(MinerTarget.of("127.0.0.1", closed));

    assertThat(result).isInstanceOf(Unreachable.class);
  }

  @Test
  void a_reply_that_is_not_json_is_rejected() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(request -> "<html>login</html>")) {
      PollResult result = driver.poll(target(miner));

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors()).singleElement().asString().contains("JSON");
    }
  }

  static MinerTarget target(CgminerStandIn miner) {
    return MinerTarget.of(miner.host(), miner.port());
  }

  /** The joined reply as api.c builds it: each command's own reply in a one-element list. */
  static String joined(Map<String, JsonObject> replies) {
    return BosminerReading.COMMANDS.stream()
            .map(command -> "\"" + command + "\":[" + replies.get(command) + "]")
            .collect(Collectors.joining(",", "{", ""))
        + ",\"id\":1}";
  }
}
