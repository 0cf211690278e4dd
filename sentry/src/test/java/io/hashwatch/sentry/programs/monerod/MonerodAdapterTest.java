package io.hashwatch.sentry.programs.monerod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.TcpStandIn;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonerodAdapterTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final String ADDRESS =
      "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";

  /** 94 s after the recorded get_info's start_time (1795970719). */
  private final MonerodAdapter adapter =
      new MonerodAdapter(Clock.fixed(Instant.ofEpochSecond(1795970719L + 94), ZoneOffset.UTC));

  @Test
  void readsTheMiningDaemonFromRecordedReplies() throws Exception {
    try (HttpStandIn monerod = monerod("mining_status.active.json", "json_rpc.get_info.json")) {
      Reading reading = (Reading) adapter.poll(endpoint(monerod.port(), Map.of()), TIMEOUT);

      assertThat(reading.firmware()).isEqualTo("monerod");
      assertThat(reading.firmwareVersion()).isEqualTo("0.18.0.0-unknown");
      assertThat(reading.algorithm()).isEqualTo("RandomX");
      assertThat(reading.hashrateHs()).isEqualTo(199.0); // speed is in H/s
      assertThat(reading.uptimeS()).isEqualTo(94L);
      assertThat(reading.boards()).isEmpty();
      assertThat(reading.pools())
          .containsExactly(
              new Pool(
                  "http://127.0.0.1:" + monerod.port(), ADDRESS, "solo", true, null, null, null));
      assertThat(reading.errors()).isEmpty();
      assertThat(monerod.requests())
          .extracting(HttpStandIn.Request::method, HttpStandIn.Request::path)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("GET", "/mining_status"),
              org.assertj.core.groups.Tuple.tuple("POST", "/json_rpc"));
      assertThat(json(monerod.requests().get(1).body()).getString("method")).isEqualTo("get_info");
    }
  }

  @Test
  void aStoppedMinerIsAReadingAtZeroWithoutAPool() throws Exception {
    try (HttpStandIn monerod = monerod("mining_status.stopped.json", "json_rpc.get_info.json")) {
      Reading reading = (Reading) adapter.poll(endpoint(monerod.port(), Map.of()), TIMEOUT);

      assertThat(reading.hashrateHs()).isZero();
      assertThat(reading.pools()).isEmpty();
    }
  }

  @Test
  void getInfoItCannotHaveIsAnErrorOfTheReading() throws Exception {
    try (HttpStandIn monerod =
        monerod("mining_status.active.json", "json_rpc.error_unknown_method.json")) {
      Reading reading = (Reading) adapter.poll(endpoint(monerod.port(), Map.of()), TIMEOUT);

      assertThat(reading.hashrateHs()).isEqualTo(199.0);
      assertThat(reading.firmwareVersion()).isNull();
      assertThat(reading.uptimeS()).isNull();
      assertThat(reading.errors())
          .singleElement()
          .asString()
          .contains("-32601", "Method not found");
    }
  }

  @Test
  void anotherHttpProgramOnThePortGivesNoDataAndARefusalIsRejected() throws Exception {
    String trex = Fixtures.text("trex/api1.1.summary.json");
    try (HttpStandIn notFound = new HttpStandIn(request -> Answer.status(404, ""));
        HttpStandIn otherJson = new HttpStandIn(request -> Answer.json(trex));
        HttpStandIn html = new HttpStandIn(request -> Answer.status(200, "<html></html>"));
        HttpStandIn login = new HttpStandIn(request -> Answer.status(401, ""))) {
      PollResult missing = adapter.poll(endpoint(notFound.port(), Map.of()), TIMEOUT);
      PollResult other = adapter.poll(endpoint(otherJson.port(), Map.of()), TIMEOUT);
      PollResult page = adapter.poll(endpoint(html.port(), Map.of()), TIMEOUT);
      PollResult refused = adapter.poll(endpoint(login.port(), Map.of()), TIMEOUT);

      assertThat(missing).isInstanceOf(NoData.class);
      assertThat(missing.errors().get(0)).contains("HTTP 404", "not monerod");
      assertThat(other).isInstanceOf(NoData.class);
      assertThat(other.errors().get(0)).contains("not as monerod does");
      assertThat(page).isInstanceOf(NoData.class);
      assertThat(refused).isInstanceOf(Rejected.class);
      assertThat(refused.errors().get(0)).contains("token = user:password");
    }
  }

  @Test
  void aBusyDaemonIsRejectedWithItsStatus() throws Exception {
    String busy = Fixtures.text("monerod/mining_status.active.json").replace("\"OK\"", "\"BUSY\"");
    try (HttpStandIn monerod = new HttpStandIn(request -> Answer.json(busy))) {
      PollResult result = adapter.poll(endpoint(monerod.port(), Map.of()), TIMEOUT);

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors())
          .containsExactly("monerod answered /mining_status with status 'BUSY'");
    }
  }

  @Test
  void aTruncatedAnswerGivesNoData() throws Exception {
    String cut = Fixtures.text("monerod/mining_status.active.json").substring(0, 200);
    try (HttpStandIn monerod = new HttpStandIn(request -> Answer.json(cut))) {
      PollResult result = adapter.poll(endpoint(monerod.port(), Map.of()), TIMEOUT);

      assertThat(result).isInstanceOf(NoData.class);
      assertThat(result.errors().get(0)).contains("is not JSON");
    }
  }

  @Test
  void aHungOrClosedPortIsUnreachableWithinTheTimeout() throws Exception {
    try (TcpStandIn hung = TcpStandIn.hanging()) {
      PollResult result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> adapter.poll(endpoint(hung.port(), Map.of()), Duration.ofMillis(300)));

      assertThat(result).isInstanceOf(Unreachable.class);
      assertThat(result.errors().get(0)).contains("did not answer in time");
    }
    assertThat(adapter.poll(endpoint(TcpStandIn.closedPort(), Map.of()), TIMEOUT))
        .isInstanceOf(Unreachable.class);
  }

  @Test
  void stopsMiningAndQuotesWhyItCouldNot() throws Exception {
    try (HttpStandIn monerod =
            new HttpStandIn(request -> Answer.json(Fixtures.text("monerod/stop_mining.json")));
        HttpStandIn idle =
            new HttpStandIn(
                request ->
                    Answer.json("{\"status\": \"Mining never started\", \"untrusted\": false}"))) {
      ActionResult stopped = adapter.stopMining(endpoint(monerod.port(), Map.of()), TIMEOUT);
      ActionResult notMining = adapter.stopMining(endpoint(idle.port(), Map.of()), TIMEOUT);

      assertThat(stopped).isInstanceOf(ActionResult.Done.class);
      assertThat(monerod.requests())
          .singleElement()
          .satisfies(
              request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.path()).isEqualTo("/stop_mining");
                assertThat(json(request.body())).isEmpty();
              });
      assertThat(notMining).isInstanceOf(ActionResult.Failed.class);
      assertThat(((ActionResult.Failed) notMining).reason()).contains("'Mining never started'");
    }
  }

  @Test
  void startsMiningWithTheAddressAndThreadsOfTheSettings() throws Exception {
    try (HttpStandIn monerod = new HttpStandIn(request -> Answer.json("{\"status\": \"OK\"}"))) {
      ActionResult started =
          adapter.startMining(
              endpoint(monerod.port(), Map.of("miner-address", ADDRESS, "threads", "2")), TIMEOUT);

      assertThat(started).isInstanceOf(ActionResult.Done.class);
      HttpStandIn.Request request = monerod.requests().get(0);
      assertThat(request.path()).isEqualTo("/start_mining");
      JsonObject body = json(request.body());
      assertThat(body.getString("miner_address")).isEqualTo(ADDRESS);
      assertThat(body.getInt("threads_count")).isEqualTo(2);
      assertThat(body.getBoolean("do_background_mining")).isFalse();
      assertThat(body.getBoolean("ignore_battery")).isTrue();
    }
  }

  @Test
  void startingNeedsAnAddressAndQuotesARefusal() throws Exception {
    String wrong = Fixtures.text("monerod/start_mining.error_bad_address.json");
    try (HttpStandIn monerod = new HttpStandIn(request -> Answer.json(wrong))) {
      ActionResult noAddress = adapter.startMining(endpoint(monerod.port(), Map.of()), TIMEOUT);
      ActionResult badThreads =
          adapter.startMining(
              endpoint(monerod.port(), Map.of("miner-address", "x", "threads", "many")), TIMEOUT);
      assertThat(monerod.requests()).as("nothing sent without valid settings").isEmpty();
      ActionResult refused =
          adapter.startMining(endpoint(monerod.port(), Map.of("miner-address", "x")), TIMEOUT);

      assertThat(((ActionResult.Failed) noAddress).reason())
          .contains("`miner-address = ...`", "[program cpu]");
      assertThat(((ActionResult.Failed) badThreads).reason()).contains("`threads = many`");
      assertThat(((ActionResult.Failed) refused).reason()).contains("'Failed, wrong address'");
      assertThat(json(monerod.requests().get(0).body()).getInt("threads_count")).isEqualTo(1);
    }
  }

  private static HttpStandIn monerod(String miningStatus, String getInfo) throws Exception {
    String status = Fixtures.text("monerod/" + miningStatus);
    String info = Fixtures.text("monerod/" + getInfo);
    return new HttpStandIn(
        request ->
            switch (request.path()) {
              case "/mining_status" -> Answer.json(status);
              case "/json_rpc" -> Answer.json(info);
              default -> Answer.status(404, "");
            });
  }

  private static ProgramEndpoint endpoint(int port, Map<String, String> options) {
    return new ProgramEndpoint("cpu", URI.create("http://127.0.0.1:" + port), null, options);
  }

  private static JsonObject json(String body) {
    return CachedJsonProvider.INSTANCE.createReader(new StringReader(body)).readObject();
  }
}
