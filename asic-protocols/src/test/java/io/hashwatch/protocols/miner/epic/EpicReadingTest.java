package io.hashwatch.protocols.miner.epic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures checked by hand against the raw files in src/test/resources/fixtures/epic-umc. */
class EpicReadingTest {

  static JsonObject summary() throws Exception {
    return JsonReplies.parse(Fixtures.text("epic-umc/summary.json"), "summary").asJsonObject();
  }

  static Reading reading() throws Exception {
    return (Reading)
        EpicReading.from(
            summary(),
            JsonReplies.parse(Fixtures.text("epic-umc/capabilities.json"), "capabilities")
                .asJsonObject(),
            JsonReplies.parse(Fixtures.text("epic-umc/chip_hashrates.json"), "hashrate"),
            new ArrayList<>());
  }

  @Test
  void readsTheMinerUnderTheControlBoard() throws Exception {
    Reading reading = reading();

    assertThat(reading.make()).isEqualTo("Bitmain");
    assertThat(reading.model()).isEqualTo("AntMiner S19 XP");
    assertThat(reading.firmware()).isEqualTo("epic");
    assertThat(reading.firmwareVersion()).isEqualTo("PowerPlay-BMS v1.5.13");
    assertThat(reading.algorithm()).isEqualTo("SHA256");
    assertThat(reading.errors()).isEmpty();
  }

  @Test
  void hashratesAreTheBoardsSumInMegahashes() throws Exception {
    Reading reading = reading();

    assertThat(reading.hashrateHs()).isCloseTo((49_440_724.0 + 49_925_124.0) * 1e6, within(1.0));
    assertThat(reading.hashrateAvgHs()).isCloseTo(90_071_990.0e6, within(1.0)); // Average MHs
    // each board's rate over its share of ideal: 49440724 / 1.031 + 49925124 / 1.041 MH/s
    assertThat(reading.expectedHashrateHs()).isCloseTo(95_912_958.17e6, within(1e6));
  }

  @Test
  void boardsKeepEpicsIndexAndCountTheChipsThatHash() throws Exception {
    Reading reading = reading();

    assertThat(reading.boards())
        .extracting(
            Board::index, Board::boardTempC, Board::chipTempC, Board::chips, Board::expectedChips)
        .containsExactly(tuple(1, 67.0, null, 110, 110), tuple(2, 64.312, null, 110, 110));
    assertThat(reading.boards().get(0).hashrateHs()).isCloseTo(49_440_724.0e6, within(1.0));
  }

  @Test
  void fansPowerSharesAndUptime() throws Exception {
    Reading reading = reading();

    assertThat(reading.fansRpm()).containsExactly(5971, 0, 5942, 5745); // Fans Speed 5..12 are null
    assertThat(reading.powerW()).isEqualTo(2166.6174); // Power Supply Stats, Input Power
    assertThat(reading.efficiencyJth()).isCloseTo(21.804, within(0.001));
    assertThat(reading.accepted()).isEqualTo(1862L);
    assertThat(reading.rejected()).isEqualTo(2L);
    assertThat(reading.hardwareErrors()).isNull();
    assertThat(reading.uptimeS()).isEqualTo(23170L);
  }

  @Test
  void theConfiguredPoolThatIsMinedHasTheSessionsShares() throws Exception {
    assertThat(reading().pools())
        .containsExactly(
            new Pool(
                "stratum+tcp://mine.ocean.xyz:3334",
                "randomuser.randomworker",
                "Alive",
                true,
                1862L,
                2L,
                null));
  }

  @Test
  void withoutCapabilitiesAndChipsTheBoardsStillCount() throws Exception {
    Reading reading =
        (Reading)
            EpicReading.from(
                summary(), null, null, new ArrayList<>(List.of("capabilities: HTTP 500")));

    assertThat(reading.model()).isNull();
    assertThat(reading.boards()).extracting(Board::chips).containsOnlyNulls();
    assertThat(reading.hashrateHs()).isCloseTo(99_365_848.0e6, within(1.0));
    assertThat(reading.errors()).containsExactly("capabilities: HTTP 500");
  }

  @Test
  void anotherHttpServerOnThePortIsNotTakenForEpic() {
    assertThat(EpicReading.from(JsonValue.EMPTY_JSON_OBJECT, null, null, List.of()))
        .isInstanceOf(Rejected.class);
  }
}
