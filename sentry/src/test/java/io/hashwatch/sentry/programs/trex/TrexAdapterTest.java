package io.hashwatch.sentry.programs.trex;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.sentry.programs.http.ProgramStandIn;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The adapter against a real HTTP server answering T-Rex's recorded replies, on loopback. */
class TrexAdapterTest {
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  final TrexAdapter adapter = new TrexAdapter();

  Reading poll(String fixture) throws Exception {
    try (ProgramStandIn program = new ProgramStandIn().fixture("GET /summary", fixture)) {
      Reading reading = (Reading) adapter.poll(program.endpoint(), TIMEOUT);
      assertThat(program.requestLines()).containsExactly("GET /summary");
      return reading;
    }
  }

  @Test
  void eightGpusOfApiOneOne() throws Exception {
    Reading reading = poll("trex/api1.1.summary.json");

    assertThat(reading.firmware()).isEqualTo("t-rex");
    assertThat(reading.firmwareVersion()).isEqualTo("0.6.3");
    assertThat(reading.algorithm()).isEqualTo("x16r");
    // T-Rex writes H/s: 150.6 MH/s of eight GTX 1070 Ti on x16r
    assertThat(reading.hashrateHs()).isEqualTo(150_645_350.0);
    assertThat(reading.hashrateAvgHs())
        .as("the hour is 0 in the first hour: the minute is the average")
        .isEqualTo(151_008_150.0);
    assertThat(reading.accepted()).isEqualTo(10L);
    assertThat(reading.rejected()).isEqualTo(0L);
    assertThat(reading.hardwareErrors()).isNull();
    assertThat(reading.uptimeS()).isEqualTo(31L);
    assertThat(reading.pools())
        .containsExactly(
            new Pool("stratum+tcp://us.ravenminer.com:4567", "xxxx", null, true, null, null, null));
    assertThat(reading.boards()).hasSize(8);
    assertThat(reading.boards().get(0))
        .isEqualTo(new Board(0, 19_101_584.0, 57.0, null, null, null, null));
    assertThat(reading.boards().get(7))
        .isEqualTo(new Board(7, 18_234_722.0, 58.0, null, null, null, null));
    assertThat(reading.powerW()).isEqualTo(193.0 + 194 + 193 + 198 + 189 + 190 + 194 + 181);
  }

  @Test
  void theHourIsTheAverageOnceFilled() throws Exception {
    Reading reading = poll("trex/telnet_summary.json");

    assertThat(reading.firmwareVersion()).isEqualTo("0.19.1");
    assertThat(reading.algorithm()).isEqualTo("ethash");
    assertThat(reading.hashrateHs()).isEqualTo(232_615_880.0);
    assertThat(reading.hashrateAvgHs()).isEqualTo(232_773_415.0);
    assertThat(reading.accepted()).isEqualTo(331L);
    assertThat(reading.uptimeS()).isEqualTo(3656L);
    assertThat(reading.pools())
        .containsExactly(
            new Pool("stratum+tcp://naw-eth.hiveon.net:4444", "0x", null, true, null, null, null));
    assertThat(reading.boards().get(3))
        .isEqualTo(new Board(3, 29_062_841.0, 66.0, null, null, null, null));
    assertThat(reading.powerW()).isEqualTo(872.0);
  }

  @Test
  void gpusWithoutSensorsHaveNoTemperatureOrPower() throws Exception {
    Reading reading = poll("trex/unknown_gpu.summary.json");

    assertThat(reading.boards())
        .containsExactly(
            new Board(0, 22_767_767.0, null, null, null, null, null),
            new Board(1, 23_387_488.0, null, null, null, null, null));
    assertThat(reading.powerW()).isNull();
    assertThat(reading.hashrateAvgHs()).isEqualTo(45_299_400.0);
  }

  @Test
  void apiThreeOfVersionZeroNine() throws Exception {
    Reading reading = poll("trex/0.9.1_api3.0.summary.json");

    assertThat(reading.hashrateHs()).isEqualTo(7_748_158.0);
    assertThat(reading.hashrateAvgHs()).isEqualTo(7_748_158.0);
    assertThat(reading.boards())
        .containsExactly(new Board(0, 7_748_158.0, 68.0, null, null, null, null));
    assertThat(reading.pools().get(0).url()).isEqualTo("stratum+tcp://pool.minermore.com:4501");
  }

  @Test
  void aProtectedTrexIsAskedWithASessionKeptBetweenPolls() throws Exception {
    try (ProgramStandIn program = protectedTrex("KEY", "S1")) {
      Reading first = (Reading) adapter.poll(program.endpoint("KEY"), TIMEOUT);
      Reading second = (Reading) adapter.poll(program.endpoint("KEY"), TIMEOUT);

      assertThat(program.requestLines())
          .containsExactly("GET /login?password=KEY", "GET /summary?sid=S1", "GET /summary?sid=S1");
      assertThat(first.hashrateHs()).isEqualTo(232_615_880.0);
      assertThat(second.hashrateHs()).isEqualTo(232_615_880.0);
    }
  }

  @Test
  void aSessionTrexForgotIsOpenedAgain() throws Exception {
    AtomicInteger logins = new AtomicInteger();
    try (ProgramStandIn program =
        new ProgramStandIn()
            .answer(
                "GET /login?password=KEY",
                request ->
                    Answer.json("{\"sid\":\"S" + logins.incrementAndGet() + "\",\"success\":1}"))
            .fixture("GET /summary?sid=S2", "trex/telnet_summary.json")
            .status("GET /summary", 403, "")) {
      adapter.poll(program.endpoint("KEY"), TIMEOUT); // S1: T-Rex restarted in between
      Reading reading = (Reading) adapter.poll(program.endpoint("KEY"), TIMEOUT);

      assertThat(reading.hashrateHs()).isEqualTo(232_615_880.0);
      assertThat(program.requestLines())
          .containsExactly(
              "GET /login?password=KEY",
              "GET /summary?sid=S1",
              "GET /login?password=KEY",
              "GET /summary?sid=S2");
    }
  }

  @Test
  void aWrongApiKeyIsRejectedWithoutShowingIt() throws Exception {
    try (ProgramStandIn program = protectedTrex("KEY", "S1")) {
      PollResult result = adapter.poll(program.endpoint("wrong key"), TIMEOUT);

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors().get(0))
          .contains("T-Rex refused the api-key")
          .contains("--api-key")
          .doesNotContain("wrong");
    }
  }

  @Test
  void noApiKeyWhereTrexWantsOneIsRejected() throws Exception {
    try (ProgramStandIn program = protectedTrex("KEY", "S1")) {
      PollResult result = adapter.poll(program.endpoint(), TIMEOUT);

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors().get(0)).contains("GET /summary answered HTTP 403");
    }
  }

  @Test
  void aSuccessZeroAnswerIsARefusal() throws Exception {
    try (ProgramStandIn program =
        new ProgramStandIn().json("GET /summary", "{\"success\":0,\"error\":\"login first\"}")) {
      PollResult result = adapter.poll(program.endpoint(), TIMEOUT);

      assertThat(result).isInstanceOf(Rejected.class);
      assertThat(result.errors().get(0)).contains("login first").contains("--api-key");
    }
  }

  @Test
  void aBusNumberIsTheGpusPciAddress() throws Exception {
    String withBus =
        Fixtures.text("trex/0.9.1_api3.0.summary.json")
            .replace("\"device_id\": 0,", "\"device_id\": 0, \"pci_bus\": 10,");
    try (ProgramStandIn program = new ProgramStandIn().json("GET /summary", withBus)) {
      Reading reading = (Reading) adapter.poll(program.endpoint(), TIMEOUT);

      assertThat(reading.boards().get(0).busId()).isEqualTo("0000:0a:00.0");
    }
  }

  @Test
  void typeAndPorts() {
    assertThat(adapter.type()).isEqualTo("t-rex");
    assertThat(adapter.defaultPorts()).containsExactly(4067);
  }

  /** A T-Rex with {@code --api-key}: a session for the key, the summary for the session only. */
  static ProgramStandIn protectedTrex(String key, String sid) throws Exception {
    return new ProgramStandIn()
        .json("GET /login?password=" + key, "{\"sid\":\"" + sid + "\",\"success\":1}")
        .json("GET /login", "{\"success\":0}")
        .fixture("GET /summary?sid=" + sid, "trex/telnet_summary.json")
        .status("GET /summary", 403, "");
  }
}
