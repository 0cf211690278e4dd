package io.hashwatch.sentry.programs.ccminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.TcpStandIn;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CcminerAdapterTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private final CcminerAdapter adapter = new CcminerAdapter();

  @Test
  void readsSummaryPoolAndEachGpuFromRecordedReplies() throws Exception {
    try (CgminerStandIn ccminer = ccminer("threads.txt")) {
      Reading reading = (Reading) adapter.poll(endpoint(ccminer.port()), TIMEOUT);

      assertThat(ccminer.requests()).containsExactly("summary|", "pool|", "threads|");
      assertThat(reading.firmware()).isEqualTo("ccminer");
      assertThat(reading.firmwareVersion()).isEqualTo("nevermore 0.2.3");
      assertThat(reading.algorithm()).isEqualTo("x16r");
      assertThat(reading.hashrateHs()).isCloseTo(1230.0, within(1e-6)); // KHS=1.23
      assertThat(reading.accepted()).isZero();
      assertThat(reading.rejected()).isZero();
      assertThat(reading.stale()).isZero();
      assertThat(reading.uptimeS()).isEqualTo(6L);
      assertThat(reading.pools())
          .containsExactly(
              new Pool(
                  "stratum+tcp://us.ravenminer.com:4567",
                  "RL3ssvQ3toqZFsNvPhZXawscGUpd1xGgW7",
                  null,
                  true,
                  25L,
                  0L,
                  0L));
      assertThat(reading.boards()).extracting(Board::index).containsExactly(0, 1, 2);
      assertThat(reading.boards())
          .extracting(Board::busId)
          .containsExactly("0000:0b:00.0", "0000:0c:00.0", "0000:0d:00.0"); // BUS=11,12,13
      assertThat(reading.boards()).extracting(Board::boardTempC).containsExactly(64.0, 61.0, 65.0);
      assertThat(reading.boards().get(0).hashrateHs()).isCloseTo(31_085_910.0, within(1e-3));
      assertThat(reading.boards().get(2).hashrateHs()).isCloseTo(31_326_040.0, within(1e-3));
      // POWER is in milliwatts: 189634 + 191282 + 189230 mW
      assertThat(reading.powerW()).isCloseTo(570.146, within(1e-9));
      assertThat(reading.fansRpm()).as("RPM=0: the cards do not report it").isEmpty();
      assertThat(reading.errors()).isEmpty();
    }
  }

  @Test
  void gpusWithoutNvmlHaveNoBusTemperatureOrPower() throws Exception {
    try (CgminerStandIn ccminer = ccminer("threads.no_nvml.txt")) {
      Reading reading = (Reading) adapter.poll(endpoint(ccminer.port()), TIMEOUT);

      assertThat(reading.boards()).hasSize(6);
      assertThat(reading.boards()).extracting(Board::busId).containsOnlyNulls();
      assertThat(reading.boards()).extracting(Board::boardTempC).containsOnlyNulls();
      assertThat(reading.boards().get(2).hashrateHs()).isCloseTo(270.0, within(1e-9));
      assertThat(reading.powerW()).isNull();
    }
  }

  @Test
  void aPoolOrThreadsReplyItCannotHaveIsAnErrorOfTheReading() throws Exception {
    Map<String, String> replies = Map.of("summary|", Fixtures.text("ccminer/summary.txt"));
    try (CgminerStandIn ccminer =
        new CgminerStandIn(request -> replies.getOrDefault(request, ""))) {
      Reading reading = (Reading) adapter.poll(endpoint(ccminer.port()), TIMEOUT);

      assertThat(reading.hashrateHs()).isCloseTo(1230.0, within(1e-6));
      assertThat(reading.pools()).isEmpty();
      assertThat(reading.boards()).isEmpty();
      assertThat(reading.errors())
          .containsExactly("pool|: the reply holds no pool", "threads|: the reply holds no GPU");
    }
  }

  @Test
  void anotherProgramOnThePortGivesNoData() throws Exception {
    try (CgminerStandIn cpuminer =
            new CgminerStandIn(request -> Fixtures.text("cpuminer-opt/summary.txt"));
        TcpStandIn web =
            TcpStandIn.answering(
                "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII))) {
      PollResult cpu = adapter.poll(endpoint(cpuminer.port()), TIMEOUT);
      PollResult http = adapter.poll(endpoint(web.port()), TIMEOUT);

      assertThat(cpu).isInstanceOf(NoData.class);
      assertThat(cpu.errors().get(0)).contains("not ccminer's");
      assertThat(cpuminer.requests()).containsExactly("summary|");
      assertThat(http).isInstanceOf(NoData.class);
    }
  }

  @Test
  void aTruncatedSummaryGivesNoDataAndAnEmptyOneToo() throws Exception {
    String cut = Fixtures.text("ccminer/summary.txt").substring(0, 40);
    try (CgminerStandIn truncated = new CgminerStandIn(request -> cut);
        CgminerStandIn silent = new CgminerStandIn(request -> null)) {
      assertThat(adapter.poll(endpoint(truncated.port()), TIMEOUT)).isInstanceOf(NoData.class);
      assertThat(adapter.poll(endpoint(silent.port()), TIMEOUT)).isInstanceOf(NoData.class);
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

  /** ccminer answering each request with its recorded reply, ending it with the NUL it sends. */
  private static CgminerStandIn ccminer(String threads) throws Exception {
    Map<String, String> replies =
        Map.of(
            "summary|", Fixtures.text("ccminer/summary.txt"),
            "pool|", Fixtures.text("ccminer/pool.txt"),
            "threads|", Fixtures.text("ccminer/" + threads));
    return new CgminerStandIn(request -> replies.getOrDefault(request, ""));
  }

  private static ProgramEndpoint endpoint(int port) {
    return new ProgramEndpoint("gpu", URI.create("tcp://127.0.0.1:" + port), null, Map.of());
  }
}
