package io.hashwatch.protocols.miner.vnish;

import static io.hashwatch.protocols.miner.vnish.Recorded.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.miner.braiins.BraiinsDriver;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.TcpStandIn;
import java.util.List;
import org.junit.jupiter.api.Test;

class VnishDriverTest {
  private final VnishDriver driver = new VnishDriver();

  @Test
  void recognizes_vnish_by_its_stats() {
    assertThat(driver.recognizes(new Fingerprint(null, json("rpc_stats.json"), false))).isTrue();
  }

  @Test
  void recognizes_a_version_reply_that_names_vnish() {
    // asic-rs identifies VNish builds by "VNISH" in their version reply; shape of a cgminer reply
    Fingerprint fingerprint =
        new Fingerprint(
            Recorded.parse(
                "{\"STATUS\":[{\"STATUS\":\"S\",\"Code\":22,\"Msg\":\"CGMiner versions\","
                    + "\"Description\":\"cgminer 4.11.1\"}],"
                    + "\"VERSION\":[{\"CGMiner\":\"VNISH 1.2.7\",\"API\":\"3.1\"}]}"),
            null,
            false);

    assertThat(driver.recognizes(fingerprint)).isTrue();
  }

  @Test
  void leaves_antminer_stock_alone() {
    // the first STATS entry of antminer-stock-s19pro-bmminer/stats.json, the rest cut
    Fingerprint stock =
        new Fingerprint(
            null,
            Recorded.parse(
                "{\"STATUS\": [{\"STATUS\": \"S\", \"When\": 1755615295, \"Code\": 70, \"Msg\":"
                    + " \"CGMiner stats\", \"Description\": \"cgminer 1.0.0\"}], \"STATS\":"
                    + " [{\"BMMiner\": \"1.0.0\", \"Miner\": \"49.0.1.3\", \"CompileTime\": \"Tue"
                    + " Dec  6 16:12:30 CST 2022\", \"Type\": \"Antminer S19 Pro\"}]}"),
            false);

    assertThat(driver.recognizes(stock)).isFalse();
  }

  /** The registry's own way: version is refused, so stats is asked, and VNish is found. */
  @Test
  void the_registry_identifies_vnish_over_the_wire() throws Exception {
    DriverRegistry registry = new DriverRegistry(List.of(new BraiinsDriver(), driver));
    try (CgminerStandIn miner =
        new CgminerStandIn(
            request ->
                request.contains("\"version\"")
                    ? Recorded.text("rpc_version.json")
                    : Recorded.text("rpc_stats.json"))) {
      Identification identification = registry.identify(MinerTarget.of(miner.host(), miner.port()));

      assertThat(identification).isInstanceOf(Identification.Identified.class);
      assertThat(((Identification.Identified) identification).driver()).isSameAs(driver);
    }
  }

  @Test
  void polls_with_one_joined_command() throws Exception {
    String joined =
        "{\"summary\":["
            + Recorded.text("rpc_summary.json")
            + "],\"pools\":["
            + Recorded.text("rpc_pools.json")
            + "],\"stats\":["
            + Recorded.text("rpc_stats.json")
            + "],\"id\":1}";
    try (CgminerStandIn miner = new CgminerStandIn(request -> joined)) {
      PollResult result = driver.poll(MinerTarget.of(miner.host(), miner.port()));

      Reading reading = (Reading) result;
      assertThat(reading.hashrateHs()).isCloseTo(173_870.94e9, within(1.0));
      assertThat(reading.powerW()).isEqualTo(2583.0);
      assertThat(reading.pools()).hasSize(2);
      assertThat(miner.requests()).containsExactly("{\"command\":\"summary+pools+stats\"}");
    }
  }

  @Test
  void a_miner_that_does_not_answer_is_unreachable() throws Exception {
    int closed = TcpStandIn.closedPort();

    assertThat(driver.poll(MinerTarget.of("127.0.0.1", closed))).isInstanceOf(Unreachable.class);
  }
}
