package io.hashwatch.sentry.programs.xmrig;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import io.hashwatch.sentry.programs.http.ProgramStandIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter against a real HTTP server answering xmrig's recorded replies, on loopback. */
class XmrigAdapterTest {
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  final XmrigAdapter adapter = new XmrigAdapter();

  static ProgramStandIn xmrig() throws Exception {
    return new ProgramStandIn()
        .requireBearer("SECRET")
        .fixture("GET /2/summary", "xmrig/2_summary.json")
        .fixture("GET /2/backends", "xmrig/2_backends.json");
  }

  @Test
  void aPollReadsTheSummaryAndTheGpusOfTheBackendsWithTheToken() throws Exception {
    try (ProgramStandIn program = xmrig()) {
      Reading reading = (Reading) adapter.poll(program.endpoint("SECRET"), TIMEOUT);

      assertThat(program.requestLines()).containsExactly("GET /2/summary", "GET /2/backends");
      assertThat(program.requests())
          .extracting(Request::authorization)
          .containsOnly("Bearer SECRET");
      assertThat(reading.firmware()).isEqualTo("xmrig");
      assertThat(reading.firmwareVersion()).isEqualTo("6.17.1-dev");
      assertThat(reading.algorithm()).isEqualTo("rx/0");
      // [10 s, 60 s, 15 min] = [1207.19, 1210.82, null] H/s: the 15 min window is not filled yet
      assertThat(reading.hashrateHs()).isEqualTo(1207.19);
      assertThat(reading.hashrateAvgHs()).isEqualTo(1210.82);
      assertThat(reading.accepted()).isEqualTo(3L);
      assertThat(reading.rejected()).isEqualTo(0L);
      assertThat(reading.stale()).isNull();
      assertThat(reading.uptimeS()).isEqualTo(106L);
      assertThat(reading.pools())
          .containsExactly(new Pool("some.pool:20064", null, null, true, 3L, 0L, null));
      // the CPU backend is the rig's own CPU; the CUDA backend's GTX 970 is a board
      assertThat(reading.boards())
          .containsExactly(new Board(0, 246.77, 69.0, null, null, null, "0000:01:00.0"));
      assertThat(reading.powerW()).isEqualTo(161.0);
      assertThat(reading.errors()).isEmpty();
    }
  }

  @Test
  void anXmrigWithoutApiTwoIsReadFromTheVersionOneSummary() throws Exception {
    try (ProgramStandIn program =
        new ProgramStandIn().fixture("GET /1/summary", "xmrig/1_summary.json")) {
      Reading reading = (Reading) adapter.poll(program.endpoint(), TIMEOUT);

      assertThat(program.requestLines()).containsExactly("GET /2/summary", "GET /1/summary");
      assertThat(reading.firmwareVersion()).isEqualTo("2.6.0-beta3");
      assertThat(reading.algorithm()).isEqualTo("cryptonight");
      assertThat(reading.hashrateHs()).isEqualTo(296.24);
      assertThat(reading.hashrateAvgHs()).isEqualTo(295.97);
      assertThat(reading.accepted()).isEqualTo(30L);
      assertThat(reading.rejected()).isEqualTo(0L);
      assertThat(reading.uptimeS()).as("xmrig 2.6 gives only the connection's uptime").isNull();
      assertThat(reading.pools())
          .containsExactly(
              new Pool("pool.monero.hashvault.pro:3333", null, null, true, null, null, null));
      assertThat(reading.boards()).isEmpty();
      assertThat(reading.powerW()).isNull();
    }
  }

  @Test
  void backendsThatCannotBeReadLeaveAReadingWithoutGpus() throws Exception {
    try (ProgramStandIn program =
        xmrig().status("GET /2/backends", 500, "{\"error\":\"internal\"}")) {
      Reading reading = (Reading) adapter.poll(program.endpoint("SECRET"), TIMEOUT);

      assertThat(reading.hashrateHs()).isEqualTo(1207.19);
      assertThat(reading.boards()).isEmpty();
      assertThat(reading.errors())
          .containsExactly(
              "the GPUs could not be read: GET /2/backends answered HTTP 500:"
                  + " {\"error\":\"internal\"}");
    }
  }

  @Test
  void aWrongTokenIsRejectedSayingWhichTokenToSet() throws Exception {
    try (ProgramStandIn program = xmrig()) {
      PollResult result = adapter.poll(program.endpoint("guess"), TIMEOUT);

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors().get(0))
          .startsWith("xmrig refused the request: GET /2/summary answered HTTP 403")
          .contains("--http-access-token")
          .doesNotContain("guess");
    }
  }

  @Test
  void noTokenWhereXmrigWantsOneIsRejected() throws Exception {
    try (ProgramStandIn program = xmrig()) {
      PollResult result = adapter.poll(program.endpoint(), TIMEOUT);

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors().get(0)).contains("HTTP 401");
      assertThat(program.requests()).extracting(Request::authorization).containsOnlyNulls();
    }
  }

  @Test
  void aTokenThatCannotBeAHeaderIsRejectedWithoutAsking() throws Exception {
    try (ProgramStandIn program = xmrig()) {
      PollResult result = adapter.poll(program.endpoint("line\nbreak"), TIMEOUT);

      assertThat(result)
          .isEqualTo(Rejected.because("xmrig's access token must be printable ASCII text"));
      assertThat(program.requests()).isEmpty();
    }
  }

  @Test
  void pauseAndResumeSendJsonRpcWithTheToken() throws Exception {
    try (ProgramStandIn program =
        xmrig().json("POST /json_rpc", "{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":\"OK\"}")) {
      ActionResult paused = adapter.stopMining(program.endpoint("SECRET"), TIMEOUT);
      ActionResult resumed = adapter.startMining(program.endpoint("SECRET"), TIMEOUT);

      assertThat(paused).isEqualTo(new ActionResult.Done("xmrig accepted pause"));
      assertThat(resumed).isEqualTo(new ActionResult.Done("xmrig accepted resume"));
      List<Request> requests = program.requests();
      assertThat(requests)
          .extracting(Request::method, Request::path, Request::body)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "POST", "/json_rpc", "{\"method\":\"pause\",\"id\":1}"),
              org.assertj.core.groups.Tuple.tuple(
                  "POST", "/json_rpc", "{\"method\":\"resume\",\"id\":1}"));
      assertThat(requests)
          .extracting(Request::authorization, Request::contentType)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("Bearer SECRET", "application/json"));
    }
  }

  @Test
  void pauseOnARestrictedApiFailsSayingWhatXmrigNeeds() throws Exception {
    try (ProgramStandIn program = new ProgramStandIn().status("POST /json_rpc", 403, "")) {
      ActionResult result = adapter.stopMining(program.endpoint("SECRET"), TIMEOUT);

      assertThat(result).isInstanceOf(ActionResult.Failed.class);
      assertThat(((ActionResult.Failed) result).reason())
          .startsWith("xmrig refused pause (HTTP 403): its API is restricted, or the token")
          .contains("--http-access-token")
          .contains("--http-no-restricted");
    }
  }

  @Test
  void aJsonRpcErrorIsAFailure() throws Exception {
    try (ProgramStandIn program =
        new ProgramStandIn()
            .json(
                "POST /json_rpc",
                "{\"id\":1,\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,"
                    + "\"message\":\"Method not found\"}}")) {
      ActionResult result = adapter.startMining(program.endpoint(), TIMEOUT);

      assertThat(result)
          .isEqualTo(new ActionResult.Failed("xmrig resume failed: Method not found"));
    }
  }

  @Test
  void typeAndPorts() {
    assertThat(adapter.type()).isEqualTo("xmrig");
    assertThat(adapter.defaultPorts()).containsExactly(60050, 60070);
  }
}
