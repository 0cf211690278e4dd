package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.StandardDrivers;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The driver remembers what each miner refused or answered for good, so that later polls ask less,
 * and forgets it when the miner stops answering, restarts or is sent an action: checked over
 * loopback against the recorded replies, the reading of every poll the same as the first.
 */
class WhatsminerRepeatPollTest {
  private static final String JOINED = "{\"command\":\"summary+devs+pools+devdetails\"}";
  private static final String SUMMARY = "{\"command\":\"summary\"}";
  private static final String DEVS = "{\"command\":\"devs\"}";
  private static final String POOLS = "{\"command\":\"pools\"}";
  private static final String DEVDETAILS = "{\"command\":\"devdetails\"}";
  private static final String GET_VERSION = "{\"cmd\":\"get_version\"}";

  /** A miner of one fixture folder (or Foreman's prefix in it), answering what was recorded. */
  static BtminerMinerSide recorded(String fixtures) {
    BtminerMinerSide miner = new BtminerMinerSide("admin");
    String folder = fixtures.contains("/") ? fixtures : fixtures + "/";
    for (String command : List.of("summary", "devs", "pools", "stats", "get_version")) {
      String path = folder + (fixtures.contains("/") ? "." : "") + command + ".json";
      if (Fixtures.class.getResource("/fixtures/" + path) != null) {
        miner.answering(command, Fixtures.text(path));
      }
    }
    if (Fixtures.class.getResource("/fixtures/" + folder + "get_version.json") != null) {
      // btminer answers the cgminer "version" command with its get_version reply
      miner.answering("version", Fixtures.text(folder + "get_version.json"));
    }
    return miner;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "whatsminer-btminer-apiv1",
        "whatsminer-btminer-apiv2",
        "whatsminer-btminer-foreman/m20s_oldfw",
        "whatsminer-btminer-foreman/m3"
      })
  void everyRecordedMinerIsIdentifiedAndEveryPollReadsAsTheFirst(String fixtures) throws Exception {
    try (CgminerStandIn standIn = new CgminerStandIn(recorded(fixtures))) {
      MinerTarget target = MinerTarget.of(standIn.host(), standIn.port());
      Identification identification = StandardDrivers.registry().identify(target);
      assertThat(identification).isInstanceOf(Identification.Identified.class);
      MinerDriver driver = ((Identification.Identified) identification).driver();
      assertThat(driver.firmware()).isEqualTo(WhatsminerDriver.FIRMWARE);

      int before = standIn.requests().size();
      Reading first = ApiV2ReadingTest.reading(driver.poll(target));
      int afterFirst = standIn.requests().size();
      Reading second = ApiV2ReadingTest.reading(driver.poll(target));
      int afterSecond = standIn.requests().size();
      Reading third = ApiV2ReadingTest.reading(driver.poll(target));

      assertThat(first.hashrateHs()).isPositive();
      assertThat(second).isEqualTo(first);
      assertThat(third).isEqualTo(first);
      List<String> requests = standIn.requests();
      List<String> firstPoll = requests.subList(before, afterFirst);
      List<String> secondPoll = requests.subList(afterFirst, afterSecond);
      assertThat(secondPoll).hasSizeLessThan(firstPoll.size()).isSubsetOf(firstPoll);
      assertThat(requests.subList(afterSecond, requests.size())).isEqualTo(secondPoll);
    }
  }

  @Test
  void aMinerThatRefusesJoinsIsAskedOnlyWhatItAnswersAfterTheFirstPoll() throws Exception {
    try (CgminerStandIn standIn = new CgminerStandIn(recorded("whatsminer-btminer-apiv2"))) {
      WhatsminerDriver driver = WhatsminerPollTest.driver(WhatsminerPollTest.closedPort());
      MinerTarget target = MinerTarget.of(standIn.host(), standIn.port());

      Reading first = ApiV2ReadingTest.reading(driver.poll(target));
      assertThat(standIn.requests())
          .containsExactly(JOINED, SUMMARY, DEVS, POOLS, DEVDETAILS, GET_VERSION);
      Reading second = ApiV2ReadingTest.reading(driver.poll(target));

      assertThat(standIn.requests().subList(6, standIn.requests().size()))
          .containsExactly(SUMMARY, DEVS, POOLS);
      assertThat(second).isEqualTo(first);
      assertThat(second.firmwareVersion()).isEqualTo("20230803.11.REL");
      assertThat(second.errors())
          .containsExactly("devdetails: the miner answered E 14: Invalid command");
    }
  }

  @Test
  void aMinerThatClosesWithoutAWordIsForgotten() throws Exception {
    AtomicBoolean silent = new AtomicBoolean();
    BtminerMinerSide miner = recorded("whatsminer-btminer-apiv2");
    try (CgminerStandIn standIn =
        new CgminerStandIn(request -> silent.get() ? null : miner.apply(request))) {
      WhatsminerDriver driver = WhatsminerPollTest.driver(WhatsminerPollTest.closedPort());
      MinerTarget target = MinerTarget.of(standIn.host(), standIn.port());
      driver.poll(target);
      driver.poll(target);

      silent.set(true);
      assertThat(driver.poll(target)).isInstanceOf(Rejected.class);
      silent.set(false);
      int before = standIn.requests().size();
      ApiV2ReadingTest.reading(driver.poll(target));

      assertThat(standIn.requests().subList(before, standIn.requests().size()))
          .containsExactly(JOINED, SUMMARY, DEVS, POOLS, DEVDETAILS, GET_VERSION);
    }
  }

  @Test
  void aMinerThatTimesOutIsForgotten() throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    AtomicBoolean hung = new AtomicBoolean();
    BtminerMinerSide miner = recorded("whatsminer-btminer-apiv2");
    Function<String, String> replies =
        request -> hung.get() ? CgminerStandIn.silentUntil(released) : miner.apply(request);
    try (CgminerStandIn standIn = new CgminerStandIn(replies)) {
      WhatsminerDriver driver = WhatsminerPollTest.driver(WhatsminerPollTest.closedPort());
      MinerTarget target =
          new MinerTarget(
              standIn.host(),
              standIn.port(),
              80,
              MinerTarget.Credentials.DEFAULT,
              Duration.ofSeconds(1),
              Duration.ofMillis(300));
      driver.poll(target);

      hung.set(true);
      assertThat(driver.poll(target)).isInstanceOf(Unreachable.class);
      hung.set(false);
      int before = standIn.requests().size();
      ApiV2ReadingTest.reading(driver.poll(target));

      assertThat(standIn.requests().subList(before, standIn.requests().size()))
          .startsWith(JOINED)
          .contains(GET_VERSION);
    } finally {
      released.countDown();
    }
  }

  @Test
  void aRestartHasTheVersionAndTheRefusalsAskedAgain() throws Exception {
    BtminerMinerSide miner = recorded("whatsminer-btminer-apiv2");
    try (CgminerStandIn standIn = new CgminerStandIn(miner)) {
      WhatsminerDriver driver = WhatsminerPollTest.driver(WhatsminerPollTest.closedPort());
      MinerTarget target = MinerTarget.of(standIn.host(), standIn.port());
      driver.poll(target);
      driver.poll(target);

      // the miner restarted on a new firmware: its uptime fell
      miner
          .answering(
              "summary",
              Fixtures.text("whatsminer-btminer-apiv2/summary.json")
                  .replace("\"Elapsed\":25000", "\"Elapsed\":60"))
          .answering(
              "get_version",
              Fixtures.text("whatsminer-btminer-apiv2/get_version.json")
                  .replace("20230803.11.REL", "20240101.01.REL"));
      int before = standIn.requests().size();
      Reading afterRestart = ApiV2ReadingTest.reading(driver.poll(target));

      assertThat(afterRestart.firmwareVersion()).isEqualTo("20240101.01.REL");
      assertThat(standIn.requests().subList(before, standIn.requests().size()))
          .containsExactly(SUMMARY, DEVS, POOLS, DEVDETAILS, GET_VERSION);
      before = standIn.requests().size();
      driver.poll(target);
      assertThat(standIn.requests().get(before)).as("joins tried again").isEqualTo(JOINED);
    }
  }

  @Test
  void anActionHasEverythingAskedAgain() throws Exception {
    try (CgminerStandIn standIn = new CgminerStandIn(recorded("whatsminer-btminer-apiv2"))) {
      WhatsminerDriver driver = WhatsminerPollTest.driver(WhatsminerPollTest.closedPort());
      MinerTarget target = MinerTarget.of(standIn.host(), standIn.port());
      driver.poll(target);

      driver.perform(target, new MinerAction.Reboot());
      int before = standIn.requests().size();
      driver.poll(target);

      assertThat(standIn.requests().get(before)).isEqualTo(JOINED);
    }
  }

  @Test
  void aMinerOnlyApiV3AnswersIsAskedThereStraightUntilItFails() throws Exception {
    AtomicBoolean v3Closes = new AtomicBoolean();
    ApiV3MinerSide v3 = new ApiV3MinerSide("super", "super");
    try (CgminerStandIn v2 = new CgminerStandIn(new BtminerMinerSide("admin"));
        ApiV3StandIn standIn =
            new ApiV3StandIn(request -> v3Closes.get() ? null : v3.apply(request))) {
      WhatsminerDriver driver = WhatsminerPollTest.driver(standIn.port());
      MinerTarget target = MinerTarget.of(v2.host(), v2.port());

      Reading first = ApiV2ReadingTest.reading(driver.poll(target));
      int v2Asked = v2.requests().size();
      Reading second = ApiV2ReadingTest.reading(driver.poll(target));

      assertThat(second).isEqualTo(first);
      assertThat(v2.requests()).hasSize(v2Asked);
      assertThat(standIn.requests()).hasSize(8);

      v3Closes.set(true);
      PollResult failed = driver.poll(target);
      assertThat(failed).isInstanceOf(Rejected.class);
      assertThat(failed.errors().get(0)).startsWith("API v3: ");
      v3Closes.set(false);
      ApiV2ReadingTest.reading(driver.poll(target));
      assertThat(v2.requests()).as("API v1/v2 tried first again").hasSizeGreaterThan(v2Asked);
    }
  }
}
