package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatsminerFingerprintTest {
  /** The shape of a bmminer version reply (Antminer), for the negative case. */
  private static final String BMMINER_VERSION =
      "{\"STATUS\":[{\"STATUS\":\"S\",\"When\":1,\"Code\":22,\"Msg\":\"CGMiner versions\","
          + "\"Description\":\"cgminer 1.0.0\"}],\"VERSION\":[{\"BMMiner\":\"1.0.0\",\"API\":\"3.1\","
          + "\"Type\":\"Antminer S19\"}],\"id\":1}";

  private final WhatsminerDriver driver = new WhatsminerDriver();

  @Test
  void aVersionReplyNamingWhatsminer() {
    assertThat(
            driver.recognizes(
                new Fingerprint(
                    Fixtures.json("whatsminer-btminer-apiv1/get_version.json"), null, false)))
        .isTrue();
  }

  @Test
  void aVersionReplyInTheShapeOfGetVersionWithoutDescription() {
    assertThat(
            driver.recognizes(
                new Fingerprint(
                    Fixtures.json("whatsminer-btminer-apiv2/get_version.json"), null, false)))
        .isTrue();
  }

  @Test
  void statsOfSmHashboardsWhenVersionWasRefused() {
    assertThat(
            driver.recognizes(
                new Fingerprint(
                    null,
                    Fixtures.json("whatsminer-btminer-foreman/m20s_oldfw.stats.json"),
                    false)))
        .isTrue();
    assertThat(
            driver.recognizes(
                new Fingerprint(
                    null, Fixtures.json("whatsminer-btminer-foreman/m3.stats.json"), false)))
        .isTrue();
  }

  @Test
  void notAnAntminerNorHttpNorNothing() throws Exception {
    assertThat(
            driver.recognizes(new Fingerprint(CgminerClient.parse(BMMINER_VERSION), null, false)))
        .isFalse();
    assertThat(driver.recognizes(new Fingerprint(null, null, true))).isFalse();
    assertThat(driver.recognizes(new Fingerprint(null, null, false))).isFalse();
  }

  @Test
  void theRegistryIdentifiesAWhatsminerOverTheWire() throws Exception {
    BtminerMinerSide miner =
        new BtminerMinerSide("admin")
            .answering("version", Fixtures.text("whatsminer-btminer-apiv1/get_version.json"));
    try (CgminerStandIn standIn = new CgminerStandIn(miner)) {
      Identification identification =
          new DriverRegistry(List.of(driver))
              .identify(MinerTarget.of(standIn.host(), standIn.port()));

      assertThat(identification).isInstanceOf(Identification.Identified.class);
      assertThat(((Identification.Identified) identification).driver().firmware())
          .isEqualTo("whatsminer");
    }
  }
}
