package io.hashwatch.sentry.programs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.TcpStandIn;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import io.hashwatch.sentry.programs.gminer.GminerAdapter;
import io.hashwatch.sentry.programs.lolminer.LolminerAdapter;
import io.hashwatch.sentry.programs.nbminer.NbminerAdapter;
import io.hashwatch.sentry.programs.srbminer.SrbminerAdapter;
import io.hashwatch.sentry.programs.trex.TrexAdapter;
import io.hashwatch.sentry.programs.xmrig.XmrigAdapter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every HTTP program adapter does when the program is not there, hangs, or answers damage: a
 * poll result, never an exception, within the timeout.
 */
class ProgramFailuresTest {
  /** Ample for a loaded build machine; a hang is cut at {@link #HANG_TIMEOUT}. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  static final Duration HANG_TIMEOUT = Duration.ofMillis(400);

  static Stream<Arguments> adapters() {
    return Stream.of(
        Arguments.of(new XmrigAdapter(), "xmrig/2_summary.json"),
        Arguments.of(new TrexAdapter(), "trex/telnet_summary.json"),
        Arguments.of(new LolminerAdapter(), "lolminer/0.6.summary.json"),
        Arguments.of(new GminerAdapter(), "gminer/1.18_beam.stat.json"),
        Arguments.of(new NbminerAdapter(), "nbminer/api_v1_status.json"),
        Arguments.of(new SrbminerAdapter(), "srbminer/compute_error.root.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aProgramThatDoesNotListenIsUnreachable(ProgramAdapter adapter, String fixture)
      throws Exception {
    ProgramEndpoint closed =
        new ProgramEndpoint(
            "gone", URI.create("http://127.0.0.1:" + TcpStandIn.closedPort()), null, Map.of());

    PollResult result = adapter.poll(closed, TIMEOUT);

    assertThat(result).isInstanceOf(Unreachable.class);
    assertThat(result.errors().get(0)).contains("cannot connect");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aProgramThatHangsIsUnreachableWithinTheTimeout(ProgramAdapter adapter, String fixture)
      throws Exception {
    try (ProgramStandIn program = new ProgramStandIn().hanging()) {
      PollResult result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5), () -> adapter.poll(program.endpoint(), HANG_TIMEOUT));

      assertThat(result).isInstanceOf(Unreachable.class);
      assertThat(result.errors().get(0)).contains("did not answer in time");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void damagedRepliesGiveAResultNeverAnException(ProgramAdapter adapter, String fixture)
      throws Exception {
    String reply = Fixtures.text(fixture);
    List<String> damaged =
        List.of(
            reply.substring(0, reply.length() / 2),
            reply.replaceAll("-?\\b\\d+(\\.\\d+)?\\b", "1e308"),
            reply.replaceAll("-?\\b\\d+(\\.\\d+)?\\b", "-1"),
            reply.replaceAll("-?\\b\\d+(\\.\\d+)?\\b", "{}"),
            reply.replaceAll(":\\s*\"[^\"]*\"", ": 12"),
            "9".repeat(400),
            "[" + reply + "]",
            "null",
            "",
            "<html><body>It works!</body></html>");
    for (String body : damaged) {
      try (ProgramStandIn program = new ProgramStandIn().otherwise(body)) {
        PollResult result = adapter.poll(program.endpoint(), TIMEOUT);

        assertThat(result)
            .as("%s answering %s", adapter.type(), body)
            .isInstanceOfAny(Reading.class, NoData.class, Rejected.class);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void anotherProgramsReplyIsNoDataSayingWhatIsMissing(ProgramAdapter adapter, String fixture)
      throws Exception {
    String other =
        adapter instanceof SrbminerAdapter
            ? Fixtures.text("trex/api1.1.summary.json")
            : Fixtures.text("srbminer/multi_cpu.root.json");
    try (ProgramStandIn program = new ProgramStandIn().otherwise(other)) {
      PollResult result = adapter.poll(program.endpoint(), TIMEOUT);

      assertThat(result).isInstanceOf(NoData.class);
      assertThat(result.errors().get(0)).startsWith("the ").contains(": not ");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void anEndlessReplyIsCutAtItsBound(ProgramAdapter adapter, String fixture) throws Exception {
    String huge = "{\"pad\":\"" + "x".repeat(ProgramHttp.MAX_BODY_BYTES) + "\"}";
    try (ProgramStandIn program = new ProgramStandIn().otherwise(huge)) {
      PollResult result = adapter.poll(program.endpoint(), TIMEOUT);

      assertThat(result).isInstanceOf(NoData.class);
      assertThat(result.errors().get(0)).contains("sent a body over 524288 bytes");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aWebPageIsNoData(ProgramAdapter adapter, String fixture) throws Exception {
    try (ProgramStandIn program =
        new ProgramStandIn().otherwise("<html><body>It works!</body></html>")) {
      PollResult result = adapter.poll(program.endpoint(), TIMEOUT);

      assertThat(result).isInstanceOf(NoData.class);
      assertThat(result.errors().get(0)).contains("is not JSON");
    }
  }
}
