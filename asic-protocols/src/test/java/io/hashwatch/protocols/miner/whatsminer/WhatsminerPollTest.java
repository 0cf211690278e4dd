package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Polls over real loopback sockets: API v1/v2 on a cgminer stand-in, API v3 on a framed one. */
class WhatsminerPollTest {
  private static final String JOINED = "summary+devs+pools+devdetails";

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static WhatsminerDriver driver(int apiV3Port) {
    return new WhatsminerDriver(apiV3Port, TestModels.NONE, Clock.systemUTC());
  }

  @Test
  void apiV1AskedOneCommandAtATimeWhenTheJoinedOneIsRefused() throws Exception {
    BtminerMinerSide miner =
        new BtminerMinerSide("admin")
            .answering("summary", Fixtures.text("whatsminer-btminer-apiv1/summary.json"))
            .answering("devs", Fixtures.text("whatsminer-btminer-apiv1/devs.json"))
            .answering("pools", Fixtures.text("whatsminer-btminer-apiv1/pools.json"));
    try (CgminerStandIn standIn = new CgminerStandIn(miner)) {
      PollResult result = driver(closedPort()).poll(MinerTarget.of(standIn.host(), standIn.port()));

      Reading r = ApiV2ReadingTest.reading(result);
      assertThat(r.hashrateHs()).isEqualTo(70668114.52 * 1e6);
      assertThat(r.firmwareVersion()).isEqualTo("20210322.22.REL");
      assertThat(r.boards()).hasSize(3);
      assertThat(r.pools()).hasSize(3);
      assertThat(r.errors())
          .containsExactly("devdetails: the miner answered E 14: Invalid command");
      assertThat(standIn.requests())
          .containsExactly(
              "{\"command\":\"" + JOINED + "\"}",
              "{\"command\":\"summary\"}",
              "{\"command\":\"devs\"}",
              "{\"command\":\"pools\"}",
              "{\"command\":\"devdetails\"}");
    }
  }

  @Test
  void oneJoinedRequestWithTheBrokenEscapeAndTheModel() throws Exception {
    String joined =
        "{\"summary\":["
            + Fixtures.text("whatsminer-btminer-foreman/m20s_newfw.summary.json")
            + "],\"devs\":["
            + Fixtures.text("whatsminer-btminer-foreman/m20s_newfw.devs.json")
            + "],\"pools\":["
            + Fixtures.text("whatsminer-btminer-foreman/m20s_newfw.pools.json")
            + "],\"devdetails\":["
            + ApiV2ReadingTest.DEVDETAILS
            + "],\"id\":1}";
    BtminerMinerSide miner = new BtminerMinerSide("admin").answering(JOINED, joined);
    try (CgminerStandIn standIn = new CgminerStandIn(miner)) {
      Reading r =
          ApiV2ReadingTest.reading(
              driver(closedPort()).poll(MinerTarget.of(standIn.host(), standIn.port())));

      assertThat(r.model()).isEqualTo("WhatsMiner M30S++ VH40");
      assertThat(r.firmwareVersion()).isEqualTo("20200917.22.REL");
      assertThat(r.hashrateHs()).isEqualTo(64143777.95 * 1e6);
      assertThat(r.boards()).hasSize(3);
      assertThat(r.pools()).hasSize(2);
      assertThat(r.errors()).isEmpty();
      assertThat(standIn.requests()).containsExactly("{\"command\":\"" + JOINED + "\"}");
    }
  }

  @Test
  void apiV2AsksGetVersionForTheFirmwareVersion() throws Exception {
    BtminerMinerSide miner =
        new BtminerMinerSide("admin")
            .answering("summary", Fixtures.text("whatsminer-btminer-apiv2/summary.json"))
            .answering("devs", Fixtures.text("whatsminer-btminer-apiv2/devs.json"))
            .answering("pools", Fixtures.text("whatsminer-btminer-apiv2/pools.json"))
            .answering("get_version", Fixtures.text("whatsminer-btminer-apiv2/get_version.json"));
    try (CgminerStandIn standIn = new CgminerStandIn(miner).withoutNul()) {
      Reading r =
          ApiV2ReadingTest.reading(
              driver(closedPort()).poll(MinerTarget.of(standIn.host(), standIn.port())));

      assertThat(r.firmwareVersion()).isEqualTo("20230803.11.REL");
      assertThat(r.expectedHashrateHs()).isEqualTo(126000 * 1e9);
      assertThat(standIn.requests()).last().isEqualTo("{\"cmd\":\"get_version\"}");
    }
  }

  @Test
  void apiV3WhenTheCgminerPortIsClosed() throws Exception {
    ApiV3MinerSide miner = new ApiV3MinerSide("super", "super");
    try (ApiV3StandIn standIn = new ApiV3StandIn(miner)) {
      PollResult result = driver(standIn.port()).poll(MinerTarget.of("127.0.0.1", closedPort()));

      Reading r = ApiV2ReadingTest.reading(result);
      assertThat(r.model()).isEqualTo("WhatsMiner M60S VK40");
      assertThat(r.firmwareVersion()).isEqualTo("20251209.16.Rel2");
      assertThat(r.hashrateHs()).isEqualTo(171.259 * 1e12);
      assertThat(r.boards()).hasSize(3);
      assertThat(r.pools()).hasSize(3);
      assertThat(standIn.requests())
          .containsExactly(
              "{\"cmd\":\"get.miner.status\",\"param\":\"summary\"}",
              "{\"cmd\":\"get.miner.status\",\"param\":\"edevs\"}",
              "{\"cmd\":\"get.miner.status\",\"param\":\"pools\"}",
              "{\"cmd\":\"get.device.info\"}");
      assertThat(standIn.announcedLengths())
          .containsExactlyElementsOf(
              standIn.requests().stream().map(s -> s.getBytes().length).toList());
    }
  }

  @Test
  void apiV3WhenTheCgminerApiRefusesTheSummary() throws Exception {
    ApiV3MinerSide v3 = new ApiV3MinerSide("super", "super");
    try (CgminerStandIn v2 = new CgminerStandIn(new BtminerMinerSide("admin"));
        ApiV3StandIn standIn = new ApiV3StandIn(v3)) {
      PollResult result = driver(standIn.port()).poll(MinerTarget.of(v2.host(), v2.port()));

      assertThat(ApiV2ReadingTest.reading(result).hashrateHs()).isEqualTo(171.259 * 1e12);
    }
  }

  @Test
  void unreachableWhenNeitherApiListens() throws Exception {
    PollResult result = driver(closedPort()).poll(MinerTarget.of("127.0.0.1", closedPort()));

    assertThat(result).isInstanceOf(Unreachable.class);
    assertThat(result.errors()).hasSize(2);
    assertThat(result.errors().get(0)).startsWith("cannot connect to 127.0.0.1:");
    assertThat(result.errors().get(1)).startsWith("API v3: cannot connect to 127.0.0.1:");
  }

  @Test
  void rejectedWhenTheCgminerApiRefusesAndApiV3IsAbsent() throws Exception {
    try (CgminerStandIn v2 = new CgminerStandIn(new BtminerMinerSide("admin"))) {
      PollResult result = driver(closedPort()).poll(MinerTarget.of(v2.host(), v2.port()));

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors().get(0)).isEqualTo("the miner answered E 14: Invalid command");
      assertThat(result.errors().get(1)).startsWith("API v3: cannot connect");
    }
  }

  @Test
  void aTimeoutIsUnreachableWithoutTryingApiV3() throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    ApiV3MinerSide v3 = new ApiV3MinerSide("super", "super");
    try (CgminerStandIn v2 = new CgminerStandIn(request -> CgminerStandIn.silentUntil(released));
        ApiV3StandIn standIn = new ApiV3StandIn(v3)) {
      MinerTarget target =
          new MinerTarget(
              v2.host(),
              v2.port(),
              80,
              MinerTarget.Credentials.DEFAULT,
              Duration.ofSeconds(1),
              Duration.ofMillis(300));

      PollResult result = driver(standIn.port()).poll(target);

      assertThat(result).isInstanceOf(Unreachable.class);
      assertThat(result.errors())
          .singleElement()
          .asString()
          .contains("did not answer within 300 ms");
      assertThat(standIn.requests()).isEmpty();
    } finally {
      released.countDown();
    }
  }
}
