package io.hashwatch.protocols.miner.luxos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import io.hashwatch.protocols.miner.luxos.LuxosPoolsMiner.Pool;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Set-pools against a LuxOS stand-in on loopback whose pool list changes with each command. */
class LuxosPoolsTest {
  static final String OLD_A = "stratum+tcp://ca.stratum.braiins.com:3333";
  static final String OLD_B = "stratum+tcp://stratum.braiins.com:3333";
  static final String NEW_1 = "stratum+tcp://btc.global.luxor.tech:700";
  static final String NEW_2 = "stratum+tcp://btc.us.luxor.tech:700";

  final LuxosDriver driver = new LuxosDriver();

  static LuxosPoolsMiner twoOldPools() {
    return new LuxosPoolsMiner().with(OLD_A, "asic-rs.user1", 0).with(OLD_B, "asic-rs.user1", 0);
  }

  ActionResult setPools(CgminerStandIn miner, PoolSetting... pools) {
    return driver.perform(LuxosDriverTest.target(miner), new MinerAction.SetPools(List.of(pools)));
  }

  @Test
  void theNewPoolsReplaceTheOldInOrder() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools();
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result =
          setPools(
              miner, new PoolSetting(NEW_1, "acct.w1", "x"), new PoolSetting(NEW_2, "acct.w1", ""));

      assertThat(result).isInstanceOf(ActionResult.Done.class);
      assertThat(luxos.pools())
          .containsExactly(
              new Pool(NEW_1, "acct.w1", 0, true), new Pool(NEW_2, "acct.w1", 0, false));
      assertThat(luxos.groupsAsked()).containsExactly("0", "0");
      assertThat(miner.requests())
          .containsSubsequence(
              "{\"command\":\"session\"}",
              "{\"command\":\"logon\"}",
              "{\"command\":\"pools\"}",
              "{\"command\":\"addpool\",\"parameter\":\"" + NEW_1 + ",acct.w1,x,0\"}",
              "{\"command\":\"addpool\",\"parameter\":\"" + NEW_2 + ",acct.w1,,0\"}",
              "{\"command\":\"switchpool\",\"parameter\":\"2\"}",
              "{\"command\":\"removepool\",\"parameter\":\"1\"}",
              "{\"command\":\"removepool\",\"parameter\":\"0\"}",
              "{\"command\":\"logoff\",\"parameter\":\"gKeR1Ze7\"}");
      assertThat(luxos.session()).isNull();
    }
  }

  @Test
  void aRefusedAddpoolLeavesTheOldPoolsAndSaysSo() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools().refusing("addpool");
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result = setPools(miner, new PoolSetting(NEW_1, "acct.w1", "x"));

      assertThat(result).isInstanceOf(ActionResult.Failed.class);
      assertThat(((ActionResult.Failed) result).reason())
          .contains("addpool " + NEW_1 + " (acct.w1) was refused")
          .contains("Access denied to 'addpool' command")
          .contains("nothing was changed")
          .contains("0:" + OLD_A + " (asic-rs.user1), 1:" + OLD_B);
      assertThat(luxos.pools()).extracting(Pool::url).containsExactly(OLD_A, OLD_B);
      assertThat(miner.requests()).noneMatch(request -> request.contains("removepool"));
      assertThat(luxos.session()).isNull();
    }
  }

  @Test
  void aMinerRefusingRemovepoolKeepsOldAndNewAndTheAnswerSaysSo() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools().refusing("removepool");
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result = setPools(miner, new PoolSetting(NEW_1, "acct.w1", "x"));

      assertThat(luxos.pools()).extracting(Pool::url).containsExactly(OLD_A, OLD_B, NEW_1);
      assertThat(luxos.pools().get(2).active()).isTrue();
      assertThat(((ActionResult.Failed) result).reason())
          .contains("removepool 1:" + OLD_B + " (asic-rs.user1) was refused")
          .contains("added [" + NEW_1 + " (acct.w1)], removed []")
          .contains("the miner's pools now: [0:" + OLD_A)
          .contains("2:" + NEW_1 + " (acct.w1)]");
    }
  }

  @Test
  void withoutASessionNothingIsChanged() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools().withOpenSession("theirs42");
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result = setPools(miner, new PoolSetting(NEW_1, "acct.w1", "x"));

      assertThat(((ActionResult.Failed) result).reason())
          .contains("another LuxOS session is open")
          .contains("nothing was changed");
      assertThat(miner.requests()).containsExactly("{\"command\":\"session\"}");
      assertThat(luxos.session()).isEqualTo("theirs42");
    }
  }

  @Test
  void aRefusedLogonChangesNothing() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools().refusing("logon");
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result = setPools(miner, new PoolSetting(NEW_1, "acct.w1", "x"));

      assertThat(((ActionResult.Failed) result).reason())
          .startsWith("set-pools: no LuxOS session, nothing was changed: the miner answered E 45");
      assertThat(miner.requests())
          .containsExactly("{\"command\":\"session\"}", "{\"command\":\"logon\"}");
    }
  }

  @Test
  void aPoolAlreadyThereIsNotAddedTwice() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools();
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result =
          setPools(
              miner,
              new PoolSetting("ca.stratum.braiins.com:3333", "asic-rs.user1", "x"),
              new PoolSetting(NEW_1, "acct.w1", "x"));

      assertThat(result).isInstanceOf(ActionResult.Done.class);
      assertThat(miner.requests()).filteredOn(request -> request.contains("addpool")).hasSize(1);
      assertThat(luxos.pools()).extracting(Pool::url).containsExactly(OLD_A, NEW_1);
    }
  }

  @Test
  void poolsSplitOverGroupsAreLeftAlone() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools().with(OLD_A, "asic-rs.user2", 1);
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result = setPools(miner, new PoolSetting(NEW_1, "acct.w1", "x"));

      assertThat(((ActionResult.Failed) result).reason())
          .contains("split over LuxOS groups [0, 1]")
          .contains("nothing was changed");
      assertThat(luxos.pools()).hasSize(3);
      assertThat(miner.requests()).noneMatch(request -> request.contains("addpool"));
    }
  }

  @Test
  void aCommaThatWouldSplitTheParameterIsRefusedBeforeSending() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(twoOldPools())) {
      ActionResult result = setPools(miner, new PoolSetting(NEW_1, "acct.w1", "a,b"));

      assertThat(result).isInstanceOf(ActionResult.Failed.class);
      assertThat(miner.requests()).isEmpty();
    }
  }

  @Test
  void aNewPoolReportedDeadAfterTheSwitchKeepsTheOldPools() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools().unreachable(NEW_1);
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result = setPools(miner, new PoolSetting(NEW_1, "acct.w1", "x"));

      assertThat(((ActionResult.Failed) result).reason())
          .contains("after switchpool the first pool is Dead, so the other pools were kept")
          .contains("added [" + NEW_1 + " (acct.w1)], removed []");
      assertThat(luxos.pools()).extracting(Pool::url).containsExactly(OLD_A, OLD_B, NEW_1);
      assertThat(miner.requests()).noneMatch(request -> request.contains("removepool"));
    }
  }

  @Test
  void aPoolAlreadyThereThatWouldEndOutOfOrderChangesNothing() throws Exception {
    LuxosPoolsMiner luxos = twoOldPools();
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result =
          setPools(
              miner,
              new PoolSetting(NEW_1, "acct.w1", "x"),
              new PoolSetting(OLD_A, "asic-rs.user1", ""));

      assertThat(((ActionResult.Failed) result).reason())
          .contains("no command to reorder pools; nothing was changed");
      assertThat(luxos.pools()).extracting(Pool::url).containsExactly(OLD_A, OLD_B);
      assertThat(miner.requests()).noneMatch(request -> request.contains("addpool"));
    }
  }
}
