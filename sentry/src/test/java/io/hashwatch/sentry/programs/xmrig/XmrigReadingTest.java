package io.hashwatch.sentry.programs.xmrig;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.sentry.programs.http.DamagedRounds;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** xmrig's summary and backends, read without a server. */
class XmrigReadingTest {

  static JsonValue json(String text) throws Exception {
    return JsonReplies.parse(text, "test");
  }

  /**
   * An OpenCL backend in the shape of xmrig's CUDA one (doc/api/2/backends.json): two threads on
   * one GPU, as xmrig's OpenCL autoconfig runs them, are one board with their summed hashrate.
   */
  @Test
  void threadsOfOneGpuAreOneBoard() throws Exception {
    JsonValue backends =
        json(
            """
            [{"type":"opencl","enabled":true,"hashrate":[1500.5,1490.25,null],"threads":[
              {"index":1,"hashrate":[750.25,745.0,null],"bus_id":"0a:00.0",
               "health":{"temperature":61,"power":95,"rpm":1800}},
              {"index":1,"hashrate":[750.25,745.25,null],"bus_id":"0a:00.0",
               "health":{"temperature":61,"power":95,"rpm":1800}},
              {"index":0,"hashrate":[null,700.0,null],"bus_id":"03:00.0",
               "health":{"temperature":0,"power":0}}]}]
            """);

    Reading reading =
        (Reading)
            XmrigReading.from(
                json(Fixtures.text("xmrig/2_summary.json")), backends, new ArrayList<>());

    assertThat(reading.boards())
        .containsExactly(
            new Board(1, 1500.5, 61.0, null, null, null, "0000:0a:00.0"),
            new Board(0, 700.0, null, null, null, null, "0000:03:00.0"));
    assertThat(reading.powerW()).as("each GPU's power once; 0 W is no reading").isEqualTo(95.0);
  }

  @Test
  void backendsThatAreNotAListAreNoted() throws Exception {
    List<String> errors = new ArrayList<>();

    Reading reading =
        (Reading)
            XmrigReading.from(
                json(Fixtures.text("xmrig/2_summary.json")), json("{\"cpu\":{}}"), errors);

    assertThat(reading.boards()).isEmpty();
    assertThat(reading.errors())
        .containsExactly("the backends are not a JSON array: the GPUs could not be read");
  }

  @Test
  void aSummaryWithoutHashrateIsNotXmrigs() throws Exception {
    assertThat(XmrigReading.from(json("{\"version\":\"6.0\"}"), null, new ArrayList<>()))
        .isEqualTo(NoData.because("the summary has no hashrate.total: not xmrig's"));
  }

  @Test
  void damagedRepliesNeverBreakTheReading() {
    int readings =
        DamagedRounds.run(
            List.of("xmrig/2_summary.json", "xmrig/1_summary.json", "xmrig/2_backends.json"),
            "hashrtotlcniupdvg",
            3_000,
            11,
            reply -> XmrigReading.from(reply, reply, new ArrayList<>()));

    assertThat(readings).as("damage that keeps the shape still reads").isGreaterThan(100);
  }
}
