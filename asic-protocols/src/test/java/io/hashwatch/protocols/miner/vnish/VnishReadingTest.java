package io.hashwatch.protocols.miner.vnish;

import static io.hashwatch.protocols.miner.vnish.Recorded.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.CgminerReplies;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Figures checked by hand against the recorded S21 Pro replies (fixtures/vnish-s21pro). */
class VnishReadingTest {
  /** An S21 Pro as the model data would have it: 3 boards of 65 chips, 4 fans, 234 TH/s. */
  static final BiFunction<String, String, Optional<ModelSpec>> S21_PRO =
      (make, model) ->
          "Bitmain".equals(make) && "Antminer S21 Pro".equals(model)
              ? Optional.of(new ModelSpec("Bitmain", "S21 Pro", "SHA256", 3, 65, 4, 234e12))
              : Optional.empty();

  static Map<String, JsonObject> recorded() {
    Map<String, JsonObject> replies = new HashMap<>();
    for (String command : VnishReading.COMMANDS) {
      replies.put(command, json("rpc_" + command + ".json"));
    }
    return replies;
  }

  @Test
  void the_recorded_s21_pro() {
    Reading reading = (Reading) VnishReading.read(recorded(), S21_PRO);

    assertThat(reading.make()).isEqualTo("Bitmain");
    assertThat(reading.model()).isEqualTo("Antminer S21 Pro");
    assertThat(reading.firmware()).isEqualTo("vnish");
    assertThat(reading.firmwareVersion()).isEqualTo("1.2.7");
    assertThat(reading.algorithm()).isEqualTo("SHA256");
    assertThat(reading.hashrateHs()).isCloseTo(173_870.94e9, within(1.0));
    assertThat(reading.hashrateAvgHs()).isCloseTo(174_374.75e9, within(1.0));
    // total_rateideal: what VNish expects at its current preset, not the model's 234 TH/s
    assertThat(reading.expectedHashrateHs()).isCloseTo(196_517.17e9, within(1.0));
    assertThat(reading.boards()).extracting(Board::index).containsExactly(0, 1, 2);
    assertThat(reading.boards().get(0).hashrateHs()).isCloseTo(60_797.19e9, within(1.0));
    assertThat(reading.boards().get(1).hashrateHs()).isCloseTo(57_766.645e9, within(1.0));
    assertThat(reading.boards().get(2).hashrateHs()).isCloseTo(55_307.1e9, within(1.0));
    // the hottest of "50-40-50-50" and of "65-55-65-65"...
    assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(50.0, 49.0, 49.0);
    assertThat(reading.boards()).extracting(Board::chipTempC).containsExactly(65.0, 64.0, 64.0);
    assertThat(reading.boards()).extracting(Board::chips).containsExactly(65, 65, 65);
    assertThat(reading.boards()).extracting(Board::expectedChips).containsOnly(65);
    assertThat(reading.fansRpm()).containsExactly(5850, 5850, 5940, 5940);
    // 861 W on each chain
    assertThat(reading.powerW()).isEqualTo(2583.0);
    // 2583 W / 173.87094 TH/s
    assertThat(reading.efficiencyJth()).isCloseTo(14.8558, within(0.0001));
    assertThat(reading.accepted()).isEqualTo(1823L);
    assertThat(reading.rejected()).isEqualTo(10L);
    assertThat(reading.hardwareErrors()).isEqualTo(57L);
    assertThat(reading.uptimeS()).isEqualTo(4423L);
    // the third pool, "URL":"DevFee", is VNish's own fee and is left out
    assertThat(reading.pools())
        .containsExactly(
            new Pool(
                "stratum.braiins.com:3333",
                "proto_mining_sw_test_s21pro-12g",
                "Alive",
                true,
                1599L,
                9L,
                0L),
            new Pool(
                "stratum.braiins.com:3333",
                "proto_mining_sw_test_m60s-440",
                "Alive",
                false,
                0L,
                0L,
                0L));
    assertThat(reading.errors()).isEmpty();
  }

  /** Why a poll needs no web call: the web API, recorded at the same time, says the same. */
  @Test
  void the_cgminer_figures_agree_with_the_web_api() {
    Reading reading = (Reading) VnishReading.read(recorded(), S21_PRO);
    JsonObject web = json("web_summary.json").getJsonObject("miner");
    JsonObject info = json("web_info.json");

    assertThat(reading.powerW()).isEqualTo(web.getJsonNumber("power_consumption").doubleValue());
    JsonArray chains = web.getJsonArray("chains");
    for (int i = 0; i < chains.size(); i++) {
      JsonObject chain = chains.getJsonObject(i);
      Board board = reading.boards().get(i);
      assertThat(board.hashrateHs())
          .isCloseTo(chain.getJsonNumber("hashrate_rt").doubleValue() * 1e9, within(1.0));
      assertThat(board.chipTempC())
          .isEqualTo(chain.getJsonObject("chip_temp").getJsonNumber("max").doubleValue());
      assertThat(board.boardTempC())
          .isEqualTo(chain.getJsonObject("pcb_temp").getJsonNumber("max").doubleValue());
    }
    assertThat(reading.model()).isEqualTo(info.getString("miner"));
    assertThat(reading.firmwareVersion()).isEqualTo(info.getString("fw_version"));
  }

  @Test
  void without_model_data_the_device_figures_remain() {
    Reading reading = (Reading) VnishReading.read(recorded(), (make, model) -> Optional.empty());

    assertThat(reading.algorithm()).isNull();
    assertThat(reading.boards()).extracting(Board::expectedChips).containsOnlyNulls();
    assertThat(reading.expectedHashrateHs()).isCloseTo(196_517.17e9, within(1.0));
  }

  @Test
  void refused_stats_leave_the_summary_figures() {
    Map<String, JsonObject> replies = recorded();
    replies.put("stats", json("rpc_version.json")); // VNish's real "Invalid command" reply

    Reading reading = (Reading) VnishReading.read(replies, S21_PRO);

    assertThat(reading.hashrateHs()).isCloseTo(173_870.94e9, within(1.0));
    assertThat(reading.uptimeS()).isEqualTo(4423L);
    assertThat(reading.boards()).isEmpty();
    assertThat(reading.fansRpm()).isEmpty();
    assertThat(reading.powerW()).isNull();
    assertThat(reading.model()).isNull();
    assertThat(reading.errors()).singleElement().asString().contains("stats", "Invalid command");
  }

  @Test
  void a_refused_summary_rejects_the_poll() {
    Map<String, JsonObject> replies = recorded();
    replies.put("summary", json("rpc_version.json"));

    PollResult result = VnishReading.read(replies, S21_PRO);

    assertThat(result).isInstanceOf(Rejected.class);
    assertThat(result.errors()).singleElement().asString().contains("summary", "Invalid command");
  }

  @Test
  void an_empty_summary_is_no_data_yet() {
    Map<String, JsonObject> replies = recorded();
    replies.put("summary", CgminerReplies.emptied(replies.get("summary"), "SUMMARY"));

    assertThat(VnishReading.read(replies, S21_PRO)).isInstanceOf(NoData.class);
  }

  @Test
  void a_chain_without_a_rate_or_chips_is_no_board() {
    JsonObject stats = json("rpc_stats.json");
    JsonObject figures =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder(stats.getJsonArray("STATS").getJsonObject(1))
            .add("chain_rate4", "") // as Bitmain writes an empty fourth slot
            .remove("chain_rate3")
            .remove("chain_acn3")
            .build();
    Map<String, JsonObject> replies = recorded();
    replies.put(
        "stats",
        CachedJsonProvider.INSTANCE
            .createObjectBuilder(stats)
            .add(
                "STATS",
                CachedJsonProvider.INSTANCE
                    .createArrayBuilder()
                    .add(stats.getJsonArray("STATS").get(0))
                    .add(figures))
            .build());

    Reading reading = (Reading) VnishReading.read(replies, S21_PRO);

    assertThat(reading.boards()).hasSize(2);
    // two chains of 861 W; the third, gone, no longer counts
    assertThat(reading.powerW()).isEqualTo(1722.0);
  }
}
