package io.hashwatch.sentry.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.TcpStandIn;
import io.hashwatch.sentry.programs.ProgramDiscovery.Probe;
import io.hashwatch.sentry.programs.ccminer.CcminerAdapter;
import io.hashwatch.sentry.programs.cpuminer.CpuminerOptAdapter;
import io.hashwatch.sentry.programs.monerod.MonerodAdapter;
import io.hashwatch.sentry.programs.teamredminer.TeamRedMinerAdapter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramDiscoveryTest {
  private static final Duration PROBE = Duration.ofSeconds(1);
  private static final Duration SEARCH = Duration.ofSeconds(10);

  private final ProgramAdapter ccminer = new CcminerAdapter();
  private final ProgramAdapter cpuminer = new CpuminerOptAdapter();
  private final ProgramAdapter monerod = new MonerodAdapter();
  private final ProgramAdapter teamRed = new TeamRedMinerAdapter();

  @Test
  void findsTheProgramsOnTheirPortsAndNoneWhereAnotherProgramOrNothingAnswers() throws Exception {
    try (CgminerStandIn gpu = ccminerStandIn();
        HttpStandIn daemon = monerodStandIn();
        TcpStandIn hung = TcpStandIn.hanging()) {
      int closed = TcpStandIn.closedPort();
      ProgramDiscovery discovery =
          new ProgramDiscovery(
              List.of(
                  new Probe(cpuminer, gpu.port()), // ccminer answers there, not cpuminer-opt
                  new Probe(ccminer, gpu.port()),
                  new Probe(teamRed, closed),
                  new Probe(monerod, daemon.port()),
                  new Probe(ccminer, hung.port())),
              Duration.ofMillis(500),
              SEARCH);

      List<ProgramEndpoint> found =
          assertTimeoutPreemptively(Duration.ofSeconds(20), () -> discovery.find(List.of()));

      assertThat(found)
          .containsExactly(
              new ProgramEndpoint(
                  "ccminer", URI.create("tcp://127.0.0.1:" + gpu.port()), null, Map.of()),
              new ProgramEndpoint(
                  "monerod", URI.create("http://127.0.0.1:" + daemon.port()), null, Map.of()));
    }
  }

  @Test
  void leavesOutThePortsOfConfiguredPrograms() throws Exception {
    try (CgminerStandIn gpu = ccminerStandIn();
        HttpStandIn daemon = monerodStandIn()) {
      ProgramDiscovery discovery =
          new ProgramDiscovery(
              List.of(new Probe(ccminer, gpu.port()), new Probe(monerod, daemon.port())),
              PROBE,
              SEARCH);
      ProgramEndpoint configured =
          new ProgramEndpoint(
              "rig-gpu", URI.create("tcp://127.0.0.1:" + gpu.port()), null, Map.of());

      List<ProgramEndpoint> found = discovery.find(List.of(configured));

      assertThat(found).extracting(ProgramEndpoint::name).containsExactly("monerod");
      assertThat(gpu.requests()).as("the configured program was not asked").isEmpty();
    }
  }

  @Test
  void namesATypeFoundTwiceByItsPorts() throws Exception {
    try (CgminerStandIn first = ccminerStandIn();
        CgminerStandIn second = ccminerStandIn()) {
      ProgramDiscovery discovery =
          new ProgramDiscovery(
              List.of(new Probe(ccminer, first.port()), new Probe(ccminer, second.port())),
              PROBE,
              SEARCH);

      assertThat(discovery.find(List.of()))
          .extracting(ProgramEndpoint::name)
          .containsExactly("ccminer-" + first.port(), "ccminer-" + second.port());
    }
  }

  @Test
  void looksForEveryStandardProgramAtItsDefaultPorts() {
    List<Probe> probes = ProgramDiscovery.atDefaultPorts(ProgramAdapters.standard()).probes();

    assertThat(probes)
        .extracting(probe -> probe.adapter().type() + ":" + probe.port())
        .contains("teamredminer:4028", "ccminer:4068", "cpuminer-opt:4048", "monerod:18081");
    assertThat(ProgramAdapters.standard().byType("CCMiner"))
        .containsInstanceOf(CcminerAdapter.class);
  }

  /** ccminer takes a command with or without its {@code |}, as cpuminer-opt sends it. */
  private static CgminerStandIn ccminerStandIn() throws Exception {
    Map<String, String> replies =
        Map.of(
            "summary", Fixtures.text("ccminer/summary.txt"),
            "pool", Fixtures.text("ccminer/pool.txt"),
            "threads", Fixtures.text("ccminer/threads.txt"));
    return new CgminerStandIn(request -> replies.getOrDefault(request.replace("|", ""), ""));
  }

  private static HttpStandIn monerodStandIn() throws Exception {
    String status = Fixtures.text("monerod/mining_status.active.json");
    String info = Fixtures.text("monerod/json_rpc.get_info.json");
    return new HttpStandIn(
        request -> Answer.json(request.path().equals("/json_rpc") ? info : status));
  }
}
