package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures checked by hand against fixtures/whatsminer-btminer-apiv3 (hashrates in TH/s). */
class ApiV3ReadingTest {

  private static ApiV3Replies replies(String deviceInfo) {
    return new ApiV3Replies(
        Fixtures.json("whatsminer-btminer-apiv3/" + deviceInfo),
        Fixtures.json("whatsminer-btminer-apiv3/get_miner_status_summary.json"),
        Fixtures.json("whatsminer-btminer-apiv3/get_miner_status_edevs.json"),
        Fixtures.json("whatsminer-btminer-apiv3/get_miner_status_pools.json"),
        List.of());
  }

  @Test
  void summaryEdevsPoolsAndDeviceInfo() {
    Reading r =
        ApiV2ReadingTest.reading(
            ApiV3Reading.parse(replies("get_device_info.json"), TestModels.NONE));

    assertThat(r.make()).isEqualTo("MicroBT");
    assertThat(r.model()).isEqualTo("WhatsMiner M60S VK40");
    assertThat(r.firmware()).isEqualTo("whatsminer");
    assertThat(r.firmwareVersion()).isEqualTo("20251209.16.Rel2");
    assertThat(r.hashrateHs()).isEqualTo(171.259 * 1e12);
    assertThat(r.hashrateAvgHs()).isEqualTo(170.8 * 1e12);
    assertThat(r.expectedHashrateHs()).isEqualTo(181.051 * 1e12);
    assertThat(r.powerW()).isEqualTo(3156.0);
    assertThat(r.efficiencyJth()).isEqualTo(17.6);
    assertThat(r.fansRpm()).containsExactly(5400, 5280);
    assertThat(r.uptimeS()).isEqualTo(50000L);
    assertThat(r.accepted()).isNull();
    assertThat(r.rejected()).isNull();
    assertThat(r.hardwareErrors()).isNull();
    assertThat(r.boards())
        .containsExactly(
            new Board(0, 57.2 * 1e12, 41.1, 80.0, 75, null),
            new Board(1, 57.0 * 1e12, 40.1, 82.0, 75, null),
            new Board(2, 57.1 * 1e12, 41.5, 81.0, 75, null));
    assertThat(r.pools())
        .containsExactly(
            new Pool(
                "stratum+tcp://btc.example.pool:3333",
                "asic-rs.test",
                "alive",
                true,
                null,
                null,
                null),
            new Pool(
                "stratum+tcp://btc2.example.pool:3333",
                "asic-rs.test",
                "alive",
                false,
                null,
                null,
                null),
            new Pool(
                "stratum+tcp://btc3.example.pool:3333",
                "asic-rs.test",
                "alive",
                false,
                null,
                null,
                null));
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void errorCodesOfTheDeviceInfo() {
    Reading r =
        ApiV2ReadingTest.reading(
            ApiV3Reading.parse(replies("get_device_info_with_errors.json"), TestModels.NONE));

    assertThat(r.errors())
        .containsExactly(
            "the miner reports error code 218 (2024-06-15 10:30:00)",
            "the miner reports error code 541 (Slot 1 error reading chip id.)");
  }

  @Test
  void catalogChipsReachTheBoards() {
    ModelLookup models =
        TestModels.of(new ModelSpec("MicroBT", "M60S", "SHA256", 3, 75, 2, 180e12));

    Reading r =
        ApiV2ReadingTest.reading(ApiV3Reading.parse(replies("get_device_info.json"), models));

    assertThat(r.boards()).extracting(Board::expectedChips).containsOnly(75);
    assertThat(r.expectedHashrateHs()).isEqualTo(181.051 * 1e12); // the miner's own figure wins
  }

  @Test
  void withoutDeviceInfoTheModelIsAbsentAndTheProblemSaid() {
    PollResult result =
        ApiV3Reading.parse(
            new ApiV3Replies(
                null,
                Fixtures.json("whatsminer-btminer-apiv3/get_miner_status_summary.json"),
                null,
                null,
                List.of("get.device.info: the miner answered code -1: denied")),
            TestModels.NONE);

    Reading r = ApiV2ReadingTest.reading(result);
    assertThat(r.model()).isNull();
    assertThat(r.firmwareVersion()).isNull();
    assertThat(r.boards()).isEmpty();
    assertThat(r.errors()).containsExactly("get.device.info: the miner answered code -1: denied");
  }

  @Test
  void aSummaryReplyWithoutItsSummaryIsRejected() {
    PollResult result =
        ApiV3Reading.parse(
            new ApiV3Replies(
                null,
                Fixtures.json("whatsminer-btminer-apiv3/get_miner_status_pools.json"),
                null,
                null,
                List.of()),
            TestModels.NONE);

    assertThat(result).isInstanceOf(Rejected.class);
  }
}
