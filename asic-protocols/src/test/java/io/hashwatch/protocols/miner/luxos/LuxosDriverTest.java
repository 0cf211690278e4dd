package io.hashwatch.protocols.miner.luxos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The driver against a real TCP server answering like LuxOS, with its session, on loopback. */
class LuxosDriverTest {
  final LuxosDriver driver = new LuxosDriver();

  static MinerTarget target(CgminerStandIn miner) {
    return MinerTarget.of(miner.host(), miner.port());
  }

  @Test
  void onePollIsOneJoinedRequest() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(new LuxosMiner())) {
      Reading reading = (Reading) driver.poll(target(miner));

      assertThat(miner.requests())
          .containsExactly("{\"command\":\"version+summary+pools+stats+devs+fans+temps+power\"}");
      assertThat(reading.hashrateHs()).isCloseTo(59_756.06e9, within(1.0));
      assertThat(reading.boards()).hasSize(3);
      assertThat(reading.powerW()).isEqualTo(1051.0);
    }
  }

  @Test
  void sleepLogsOnCurtailsWithTheSessionAndLogsOff() throws Exception {
    LuxosMiner luxos = new LuxosMiner();
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result = driver.perform(target(miner), new MinerAction.Sleep());

      assertThat(miner.requests())
          .containsExactly(
              "{\"command\":\"session\"}",
              "{\"command\":\"logon\"}",
              "{\"command\":\"curtail\",\"parameter\":\"gKeR1Ze7,sleep\"}",
              "{\"command\":\"logoff\",\"parameter\":\"gKeR1Ze7\"}");
      assertThat(result).isEqualTo(new ActionResult.Done("curtail sleep"));
      assertThat(luxos.session()).isNull();
    }
  }

  @Test
  void wakeIsCurtailWakeup() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(new LuxosMiner())) {
      ActionResult result = driver.perform(target(miner), new MinerAction.Wake());

      assertThat(miner.requests().get(2))
          .isEqualTo("{\"command\":\"curtail\",\"parameter\":\"gKeR1Ze7,wakeup\"}");
      assertThat(result).isInstanceOf(ActionResult.Done.class);
    }
  }

  @Test
  void anOpenSessionIsUsedAndLeftOpen() throws Exception {
    LuxosMiner luxos = new LuxosMiner().withOpenSession("theirs42");
    try (CgminerStandIn miner = new CgminerStandIn(luxos)) {
      ActionResult result = driver.perform(target(miner), new MinerAction.RestartMining());

      assertThat(miner.requests())
          .containsExactly(
              "{\"command\":\"session\"}",
              "{\"command\":\"resetminer\",\"parameter\":\"theirs42\"}");
      assertThat(result).isInstanceOf(ActionResult.Done.class);
      assertThat(luxos.session()).isEqualTo("theirs42");
    }
  }

  @Test
  void rebootIsRebootdeviceWithoutALogoffAfter() throws Exception {
    try (CgminerStandIn miner = new CgminerStandIn(new LuxosMiner())) {
      ActionResult result = driver.perform(target(miner), new MinerAction.Reboot());

      assertThat(miner.requests())
          .containsExactly(
              "{\"command\":\"session\"}",
              "{\"command\":\"logon\"}",
              "{\"command\":\"rebootdevice\",\"parameter\":\"gKeR1Ze7\"}");
      assertThat(result).isInstanceOf(ActionResult.Done.class);
    }
  }

  @Test
  void aRefusedCommandFailsAndTheSessionIsStillClosed() throws Exception {
    LuxosMiner luxos = new LuxosMiner();
    try (CgminerStandIn miner =
        new CgminerStandIn(
            request ->
                request.contains("curtail")
                    ? "{\"STATUS\":[{\"STATUS\":\"E\",\"When\":1,\"Code\":45,\"Msg\":\"Access denied to 'curtail' command\"}],\"id\":1}"
                    : luxos.apply(request))) {
      ActionResult result = driver.perform(target(miner), new MinerAction.Sleep());

      assertThat(result)
          .isEqualTo(
              new ActionResult.Failed(
                  "sleep: the miner answered E 45: Access denied to 'curtail' command"));
      assertThat(miner.requests())
          .last()
          .isEqualTo("{\"command\":\"logoff\",\"parameter\":\"gKeR1Ze7\"}");
      assertThat(luxos.session()).isNull();
    }
  }

  @Test
  void recognizesLuxminerByItsVersionReply() throws Exception {
    assertThat(driver.recognizes(new Fingerprint(Fixtures.json("luxos/version.json"), null, false)))
        .isTrue();
    assertThat(
            driver.recognizes(
                new Fingerprint(Fixtures.json("avalon-asicrs/version.json"), null, false)))
        .isFalse();
    assertThat(driver.recognizes(new Fingerprint(null, null, true))).isFalse();
  }
}
