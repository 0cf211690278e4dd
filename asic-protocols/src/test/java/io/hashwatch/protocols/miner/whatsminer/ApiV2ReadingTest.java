package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures checked by hand against the raw fixture files. */
class ApiV2ReadingTest {
  /**
   * A devdetails reply in the shape pyasic and asic-rs read ({@code DEVDETAILS[0].Model}); no real
   * Whatsminer devdetails capture is among the fixtures.
   */
  static final String DEVDETAILS =
      "{\"STATUS\":[{\"STATUS\":\"S\",\"When\":1604757733,\"Code\":69,\"Msg\":\"Device Details\","
          + "\"Description\":\"cgminer 4.9.2\"}],\"DEVDETAILS\":[{\"DEVDETAILS\":0,\"Name\":\"SM\","
          + "\"ID\":0,\"Driver\":\"bitmicro\",\"Kernel\":\"\",\"Model\":\"M30S++_VH40\","
          + "\"Device Path\":\"\"}],\"id\":1}";

  static Reading reading(PollResult result) {
    assertThat(result).isInstanceOf(Reading.class);
    return (Reading) result;
  }

  private static PollResult parse(
      String summary,
      String devs,
      String pools,
      JsonObject devdetails,
      String version,
      ModelLookup models) {
    return ApiV2Reading.parse(
        new ApiV2Replies(
            Fixtures.json(summary),
            devs == null ? null : Fixtures.json(devs),
            pools == null ? null : Fixtures.json(pools),
            devdetails,
            version == null ? null : Fixtures.json(version),
            List.of()),
        models);
  }

  @Test
  void apiV1SummaryDevsAndPools() {
    Reading r =
        reading(
            parse(
                "whatsminer-btminer-apiv1/summary.json",
                "whatsminer-btminer-apiv1/devs.json",
                "whatsminer-btminer-apiv1/pools.json",
                null,
                null,
                TestModels.NONE));

    assertThat(r.make()).isEqualTo("MicroBT");
    assertThat(r.firmware()).isEqualTo("whatsminer");
    assertThat(r.firmwareVersion()).isEqualTo("20210322.22.REL");
    assertThat(r.algorithm()).isEqualTo("SHA256");
    assertThat(r.model()).isNull();
    assertThat(r.hashrateHs()).isEqualTo(70668114.52 * 1e6);
    assertThat(r.hashrateAvgHs()).isEqualTo(67753251.19 * 1e6);
    assertThat(r.expectedHashrateHs()).isEqualTo(68796 * 1e9);
    assertThat(r.powerW()).isEqualTo(3417.0);
    assertThat(r.efficiencyJth()).isNull();
    assertThat(r.fansRpm()).containsExactly(6450, 6480);
    assertThat(r.accepted()).isEqualTo(2338L);
    assertThat(r.rejected()).isZero();
    assertThat(r.hardwareErrors()).isEqualTo(69L);
    assertThat(r.uptimeS()).isEqualTo(10154L);
    assertThat(r.boards())
        .containsExactly(
            new Board(0, 20053438.74 * 1e6, 70.0, 90.0, 105, null),
            new Board(1, 25567317.81 * 1e6, 69.5, 90.11, 105, null),
            new Board(2, 24351292.28 * 1e6, 71.5, 92.5, 105, null));
    assertThat(r.pools())
        .containsExactly(
            new Pool(
                "stratum+tcp://btc.example.pool:3333",
                "asic-rs.test",
                "Alive",
                true,
                2338L,
                0L,
                0L),
            new Pool(
                "stratum+tcp://btc2.example.pool:3333", "asic-rs.test", "Alive", false, 0L, 0L, 0L),
            new Pool(
                "stratum+tcp://btc3.example.pool:3333",
                "asic-rs.test",
                "Alive",
                false,
                0L,
                0L,
                0L));
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void apiV1ErrorCodesInTheSummary() {
    Reading r =
        reading(
            parse(
                "whatsminer-btminer-apiv1/summary_with_errors.json",
                null,
                null,
                null,
                null,
                TestModels.NONE));

    assertThat(r.errors())
        .containsExactly("the miner reports error code 110", "the miner reports error code 600");
    assertThat(r.boards()).isEmpty();
    assertThat(r.pools()).isEmpty();
  }

  @Test
  void apiV2TakesTheFirmwareVersionFromGetVersionAndLeavesAbsentCountsAbsent() {
    Reading r =
        reading(
            parse(
                "whatsminer-btminer-apiv2/summary.json",
                "whatsminer-btminer-apiv2/devs.json",
                "whatsminer-btminer-apiv2/pools.json",
                null,
                "whatsminer-btminer-apiv2/get_version.json",
                TestModels.NONE));

    assertThat(r.firmwareVersion()).isEqualTo("20230803.11.REL");
    assertThat(r.hashrateHs()).isEqualTo(124500000.0 * 1e6); // HS RT: no MHS 5s in this summary
    assertThat(r.hashrateAvgHs()).isEqualTo(125000000.0 * 1e6);
    assertThat(r.expectedHashrateHs()).isEqualTo(126000 * 1e9);
    assertThat(r.powerW()).isEqualTo(3200.0);
    assertThat(r.fansRpm()).containsExactly(5400, 5280);
    assertThat(r.accepted()).isEqualTo(5412L);
    assertThat(r.rejected()).isNull();
    assertThat(r.hardwareErrors()).isNull();
    assertThat(r.uptimeS()).isEqualTo(25000L);
    assertThat(r.boards())
        .containsExactly(
            new Board(0, 41500000.0 * 1e6, 65.0, 80.0, 135, null),
            new Board(1, 41800000.0 * 1e6, 66.0, 81.0, 135, null),
            new Board(2, 41700000.0 * 1e6, 67.0, 81.0, 135, null));
    assertThat(r.pools()).hasSize(3);
    assertThat(r.pools().get(0))
        .isEqualTo(
            new Pool(
                "stratum+tcp://btc.example.pool:3333",
                "asic-rs.test",
                "Alive",
                true,
                5412L,
                0L,
                null));
  }

  @Test
  void m20sNewFirmwareWithTheInvalidQuoteEscape() {
    Reading r =
        reading(
            parse(
                "whatsminer-btminer-foreman/m20s_newfw.summary.json",
                "whatsminer-btminer-foreman/m20s_newfw.devs.json",
                "whatsminer-btminer-foreman/m20s_newfw.pools.json",
                null,
                null,
                TestModels.NONE));

    assertThat(r.firmwareVersion()).isEqualTo("20200917.22.REL");
    assertThat(r.hashrateHs()).isEqualTo(64143777.95 * 1e6);
    assertThat(r.hashrateAvgHs()).isEqualTo(68710597.19 * 1e6);
    assertThat(r.expectedHashrateHs()).isEqualTo(67051 * 1e9);
    assertThat(r.powerW()).isEqualTo(3491.0);
    assertThat(r.fansRpm()).containsExactly(4950, 4920);
    assertThat(r.accepted()).isEqualTo(5018L);
    assertThat(r.rejected()).isEqualTo(29L);
    assertThat(r.hardwareErrors()).isEqualTo(912L);
    assertThat(r.uptimeS()).isEqualTo(66295L);
    assertThat(r.boards())
        .containsExactly(
            new Board(0, 19540157.81 * 1e6, 71.5, 87.7, 111, null),
            new Board(1, 23015815.92 * 1e6, 68.5, 84.5, 111, null),
            new Board(2, 21747874.70 * 1e6, 72.0, 87.2, 111, null));
    assertThat(r.pools())
        .extracting(Pool::url, Pool::user, Pool::active)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "stratum+tcp://us-east.stratum.slushpool.com:3333", "002m20s", true),
            org.assertj.core.groups.Tuple.tuple(
                "stratum+tcp://us-central01.miningrigrentals.com:50194", "xxxx.yyyy", false));
    assertThat(r.pools().get(0).accepted()).isEqualTo(33825L);
    assertThat(r.pools().get(0).stale()).isEqualTo(27L);
  }

  @Test
  void oldFirmwareWithoutPowerFactoryHashrateOrVersionLeavesThemAbsent() {
    Reading r =
        reading(
            parse(
                "whatsminer-btminer-foreman/m20s_oldfw.summary.json",
                null,
                "whatsminer-btminer-foreman/m20s_oldfw.pools.json",
                null,
                null,
                TestModels.NONE));

    assertThat(r.hashrateHs()).isEqualTo(65371302.78 * 1e6);
    assertThat(r.powerW()).isNull();
    assertThat(r.expectedHashrateHs()).isNull();
    assertThat(r.firmwareVersion()).isNull();
    assertThat(r.uptimeS()).isEqualTo(97139L);
    assertThat(r.fansRpm()).containsExactly(4590, 4560);
  }

  @Test
  void m3Summary() {
    Reading r =
        reading(
            parse(
                "whatsminer-btminer-foreman/m3.summary.json",
                null,
                "whatsminer-btminer-foreman/m3.pools.json",
                null,
                null,
                TestModels.NONE));

    assertThat(r.hashrateHs()).isEqualTo(12286819.78 * 1e6);
    assertThat(r.hashrateAvgHs()).isEqualTo(11763615.45 * 1e6);
    assertThat(r.accepted()).isEqualTo(218L);
    assertThat(r.hardwareErrors()).isEqualTo(394L);
    assertThat(r.uptimeS()).isEqualTo(43685L);
    assertThat(r.fansRpm()).containsExactly(5730, 5880);
    assertThat(r.pools()).isNotEmpty();
  }

  @Test
  void theModelComesFromDevdetailsAndItsCatalogFiguresFillTheGaps() throws Exception {
    ModelLookup models =
        TestModels.of(new ModelSpec("MicroBT", "M30S++ VH40", "SHA256", 4, 111, 2, 112e12));

    Reading r =
        reading(
            parse(
                "whatsminer-btminer-foreman/m20s_oldfw.summary.json",
                "whatsminer-btminer-foreman/m20s_newfw.devs.json",
                null,
                io.hashwatch.protocols.cgminer.CgminerClient.parse(DEVDETAILS),
                null,
                models));

    assertThat(r.model()).isEqualTo("WhatsMiner M30S++ VH40");
    assertThat(r.expectedHashrateHs()).isEqualTo(112e12); // this summary has no Factory GHS
    assertThat(r.boards()).extracting(Board::expectedChips).containsOnly(111);
  }

  @Test
  void theFactoryHashrateOfTheMinerWinsOverTheCatalog() throws Exception {
    ModelLookup models =
        TestModels.of(new ModelSpec("MicroBT", "M30S++", "SHA256", 4, 111, 2, 112e12));

    Reading r =
        reading(
            parse(
                "whatsminer-btminer-apiv1/summary.json",
                null,
                null,
                io.hashwatch.protocols.cgminer.CgminerClient.parse(DEVDETAILS),
                null,
                models));

    assertThat(r.expectedHashrateHs()).isEqualTo(68796 * 1e9);
  }

  @Test
  void aSummaryWithoutItsSectionIsRejected() {
    PollResult result =
        parse("whatsminer-btminer-apiv1/pools.json", null, null, null, null, TestModels.NONE);

    assertThat(result).isInstanceOf(Rejected.class);
    assertThat(result.errors()).containsExactly("the summary reply has no SUMMARY section");
  }

  @Test
  void problemsOfThePollBecomeErrors() {
    PollResult result =
        ApiV2Reading.parse(
            new ApiV2Replies(
                Fixtures.json("whatsminer-btminer-apiv1/summary.json"),
                null,
                null,
                null,
                null,
                List.of("pools: the miner answered E 14: Invalid command")),
            TestModels.NONE);

    assertThat(reading(result).errors())
        .containsExactly("pools: the miner answered E 14: Invalid command");
  }
}
