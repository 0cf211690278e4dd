package io.hashwatch.sentry.programs.cpuminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.cgminer.CgminerStandIn;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.DamagedReplies;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.TcpStandIn;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CpuminerOptAdapterTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private final CpuminerOptAdapter adapter = new CpuminerOptAdapter();

  @Test
  void readsTheSummaryOfARecordedReply() throws Exception {
    String summary = Fixtures.text("cpuminer-opt/summary.txt");
    try (CgminerStandIn cpuminer = new CgminerStandIn(request -> summary)) {
      Reading reading = (Reading) adapter.poll(endpoint(cpuminer.port()), TIMEOUT);

      assertThat(cpuminer.requests()).containsExactly("summary");
      assertThat(reading.firmware()).isEqualTo("cpuminer-opt");
      assertThat(reading.firmwareVersion()).isEqualTo("3.9.1.1");
      assertThat(reading.algorithm()).isEqualTo("lyra2z");
      // HS=117826.50 H/s, more precise than KHS=117.83
      assertThat(reading.hashrateHs()).isCloseTo(117_826.5, within(1e-9));
      assertThat(reading.accepted()).isZero();
      assertThat(reading.rejected()).isZero();
      assertThat(reading.uptimeS()).isEqualTo(9L);
      assertThat(reading.boards()).as("a CPU program has no boards").isEmpty();
      assertThat(reading.pools())
          .containsExactly(
              new Pool("lyra2z.mine.zergpool.com:4553", null, null, true, 0L, 0L, null));
      assertThat(reading.errors()).isEmpty();
    }
  }

  @Test
  void readsKiloHashesWhenTheSummaryHasNoHashesPerSecond() throws Exception {
    String older = Fixtures.text("cpuminer-opt/summary.txt").replace("HS=117826.50;", "");
    try (CgminerStandIn cpuminer = new CgminerStandIn(request -> older)) {
      Reading reading = (Reading) adapter.poll(endpoint(cpuminer.port()), TIMEOUT);

      assertThat(reading.hashrateHs()).isCloseTo(117_830.0, within(1e-6));
    }
  }

  @Test
  void ccminerOnThePortOrATruncatedSummaryGivesNoData() throws Exception {
    String ccminer = Fixtures.text("ccminer/summary.txt");
    String cut = Fixtures.text("cpuminer-opt/summary.txt").substring(0, 30);
    try (CgminerStandIn gpu = new CgminerStandIn(request -> ccminer);
        CgminerStandIn truncated = new CgminerStandIn(request -> cut)) {
      PollResult other = adapter.poll(endpoint(gpu.port()), TIMEOUT);

      assertThat(other).isInstanceOf(NoData.class);
      assertThat(other.errors().get(0)).contains("not cpuminer-opt's");
      assertThat(adapter.poll(endpoint(truncated.port()), TIMEOUT)).isInstanceOf(NoData.class);
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
    }
    assertThat(adapter.poll(endpoint(TcpStandIn.closedPort()), TIMEOUT))
        .isInstanceOf(Unreachable.class);
  }

  @Test
  void damagedSummariesNeverThrow() {
    String summary = Fixtures.text("cpuminer-opt/summary.txt");
    ProgramEndpoint endpoint = endpoint(4048);
    Random random = new Random(4048);
    int readings = 0;
    for (int round = 0; round < 20_000; round++) {
      PollResult result =
          CpuminerOptReading.of(DamagedReplies.damage(summary, random, "HS=;|"), endpoint);
      ReadingJson.toJson(result);
      readings += result instanceof Reading ? 1 : 0;
    }
    assertThat(readings).isGreaterThan(5_000);
  }

  private static ProgramEndpoint endpoint(int port) {
    return new ProgramEndpoint("cpu", URI.create("tcp://127.0.0.1:" + port), null, Map.of());
  }
}
