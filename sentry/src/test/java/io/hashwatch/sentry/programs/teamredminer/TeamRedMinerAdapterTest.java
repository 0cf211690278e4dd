package io.hashwatch.sentry.programs.teamredminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.TcpStandIn;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamRedMinerAdapterTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** No recorded TeamRedMiner summary exists; it refuses the command as cgminer's api.c does. */
  private static final String SUMMARY_REFUSED =
      """
      {"STATUS":[{"STATUS":"E","When":1543769076,"Code":14,"Msg":"Invalid command",\
      "Description":"TeamRedMiner 0.3.8"}],"id":1}""";

  /** A summary in sgminer's field names, written for this test: only its Elapsed is read. */
  private static final String SUMMARY_WRITTEN =
      """
      {"STATUS":[{"STATUS":"S","When":1549343632,"Code":11,"Msg":"Summary",\
      "Description":"TeamRedMiner 0.3.10"}],"SUMMARY":[{"Elapsed":103,"KHS av":1741}],"id":1}""";

  private final TeamRedMinerAdapter adapter = new TeamRedMinerAdapter();

  @Test
  void readsOneGpuItsPoolAndSharesFromRecordedReplies() throws Exception {
    try (CgminerStandIn trm = trm("devs.json", SUMMARY_REFUSED)) {
      Reading reading = (Reading) adapter.poll(endpoint(trm.port()), TIMEOUT);

      assertThat(trm.requests())
          .containsExactly(
              "{\"command\":\"devs\"}", "{\"command\":\"pools\"}", "{\"command\":\"summary\"}");
      assertThat(reading.firmware()).isEqualTo("teamredminer");
      assertThat(reading.firmwareVersion()).isEqualTo("0.3.8");
      assertThat(reading.algorithm()).isEqualTo("cnv8");
      // KHS 30s 0.3441 kH/s (MHS 30s 0.0003441): 344.1 H/s; KHS av 0.3418
      assertThat(reading.hashrateHs()).isCloseTo(344.1, within(1e-9));
      assertThat(reading.hashrateAvgHs()).isCloseTo(341.8, within(1e-9));
      Board gpu = reading.boards().get(0);
      assertThat(gpu.index()).isZero();
      assertThat(gpu.hashrateHs()).isCloseTo(344.1, within(1e-9));
      assertThat(gpu.boardTempC()).isEqualTo(68.0);
      assertThat(gpu.busId()).isNull();
      assertThat(reading.fansRpm()).containsExactly(1417);
      assertThat(reading.accepted()).isEqualTo(13L);
      assertThat(reading.rejected()).isZero();
      assertThat(reading.hardwareErrors()).isZero();
      assertThat(reading.stale()).isZero();
      assertThat(reading.pools())
          .containsExactly(
              new Pool(
                  "stratum+tcp://pool.supportxmr.com:7777",
                  "479c6JsyawEVAMNZU8GMmXgVPTxd1vdejR6vVpsm7z8y2AvP7C5hz2g5gfrqyffpvLPLYb2eUmmWA5yhRw5ANYyePX7SvLE",
                  "Alive",
                  true,
                  13L,
                  0L,
                  0L));
      assertThat(reading.uptimeS()).as("summary refused").isNull();
      assertThat(reading.errors())
          .containsExactly("summary: the miner answered E 14: Invalid command");
    }
  }

  @Test
  void readsTheWindowTheMinerWasStartedWithOnEachOfSixGpus() throws Exception {
    try (CgminerStandIn trm = trm("devs_120s.json", SUMMARY_REFUSED)) {
      Reading reading = (Reading) adapter.poll(endpoint(trm.port()), TIMEOUT);

      assertThat(reading.boards()).extracting(Board::index).containsExactly(0, 1, 2, 3, 4, 5);
      // KHS 120s: 2.107, 2.118, 2.095, 2.058, 2.101, 2.094 kH/s
      assertThat(reading.boards().get(0).hashrateHs()).isCloseTo(2107.0, within(1e-9));
      assertThat(reading.boards().get(3).hashrateHs()).isCloseTo(2058.0, within(1e-9));
      assertThat(reading.hashrateHs()).isCloseTo(12_573.0, within(1e-6));
      assertThat(reading.hashrateAvgHs()).isCloseTo(12_566.0, within(1e-6));
      assertThat(reading.boards())
          .extracting(Board::boardTempC)
          .containsExactly(61.0, 61.0, 63.0, 60.0, 63.0, 62.0);
      assertThat(reading.fansRpm()).containsExactly(3185, 3226, 3273, 3185, 3299, 3216);
      assertThat(reading.accepted()).isEqualTo(371L);
      assertThat(reading.rejected()).isEqualTo(12L);
    }
  }

  @Test
  void readsKiloHashesOfAFasterAlgorithmAndTheUptimeOfASummary() throws Exception {
    try (CgminerStandIn trm = trm("0.3.10.devs.json", SUMMARY_WRITTEN)) {
      Reading reading = (Reading) adapter.poll(endpoint(trm.port()), TIMEOUT);

      assertThat(reading.firmwareVersion()).isEqualTo("0.3.10");
      // KHS 30s 1794 kH/s = MHS 30s 1.794 MH/s
      assertThat(reading.hashrateHs()).isCloseTo(1_794_000.0, within(1e-6));
      assertThat(reading.hashrateAvgHs()).isCloseTo(1_741_000.0, within(1e-6));
      assertThat(reading.uptimeS()).isEqualTo(103L);
      assertThat(reading.errors()).isEmpty();
    }
  }

  @Test
  void anotherCgminerProgramOnThePortGivesNoData() throws Exception {
    String bmminer = Fixtures.text("antminer-stock-s19pro-bmminer/devs.json");
    try (CgminerStandIn asic = new CgminerStandIn(request -> bmminer)) {
      PollResult result = adapter.poll(endpoint(asic.port()), TIMEOUT);

      assertThat(result).isInstanceOf(NoData.class);
      assertThat(result.errors().get(0)).contains("'cgminer 1.0.0'", "not as TeamRedMiner");
      assertThat(asic.requests()).as("nothing more asked").hasSize(1);
    }
  }

  @Test
  void aTruncatedDevsReplyKeepsWhatItHoldsAndARefusedOneIsRejected() throws Exception {
    String cut = Fixtures.text("teamredminer/devs.json").substring(0, 300);
    String refused = SUMMARY_REFUSED;
    try (CgminerStandIn truncated = new CgminerStandIn(request -> cut);
        CgminerStandIn refusing = new CgminerStandIn(request -> refused)) {
      PollResult cutResult = adapter.poll(endpoint(truncated.port()), TIMEOUT);
      PollResult refusedResult = adapter.poll(endpoint(refusing.port()), TIMEOUT);

      // the client repairs a cut reply as cgminer's firmware bugs need; what it lacks stays absent
      Reading cutReading = (Reading) cutResult;
      assertThat(cutReading.boards())
          .singleElement()
          .satisfies(
              gpu -> {
                assertThat(gpu.boardTempC()).isEqualTo(68.0);
                assertThat(gpu.hashrateHs()).isNull();
              });
      assertThat(cutReading.hashrateHs()).isNull();
      assertThat(refusedResult).isInstanceOf(Rejected.class);
      assertThat(refusedResult.errors())
          .containsExactly("devs: the miner answered E 14: Invalid command");
    }
  }

  @Test
  void aHungOrClosedPortIsUnreachableWithinTheTimeout() throws Exception {
    try (TcpStandIn hung = TcpStandIn.hanging()) {
      PollResult result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> adapter.poll(endpoint(hung.port()), Duration.ofMillis(300)));

      assertThat(result).isInstanceOf(Unreachable.class);
      assertThat(result.errors().get(0)).contains("did not answer within 300 ms");
    }
    assertThat(adapter.poll(endpoint(TcpStandIn.closedPort()), TIMEOUT))
        .isInstanceOf(Unreachable.class);
  }

  private static CgminerStandIn trm(String devs, String summary) throws Exception {
    Map<String, String> replies =
        Map.of(
            "{\"command\":\"devs\"}", Fixtures.text("teamredminer/" + devs),
            "{\"command\":\"pools\"}", Fixtures.text("teamredminer/pools.json"),
            "{\"command\":\"summary\"}", summary);
    return new CgminerStandIn(request -> replies.get(request));
  }

  private static ProgramEndpoint endpoint(int port) {
    return new ProgramEndpoint("amd", URI.create("tcp://127.0.0.1:" + port), null, Map.of());
  }
}
