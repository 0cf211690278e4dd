package io.hashwatch.protocols.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
  // One factory for the big payloads: every Json.create* call looks the provider up anew.
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private static Reading fullReading() {
    return Reading.builder()
        .make("Bitmain")
        .model("Antminer S19 Pro")
        .firmware("stock")
        .firmwareVersion("Thu Jan 25 2024")
        .algorithm("sha256d")
        .hashrateHs(110.5e12)
        .hashrateAvgHs(109.25e12)
        .expectedHashrateHs(110e12)
        .boards(
            List.of(
                new Board(0, 55.2e12, 61.5, 75.25, 114, 114),
                new Board(1, 55.3e12, 60.0, null, 113, 114)))
        .fansRpm(List.of(4200, 4320))
        .powerW(3250.5)
        .efficiencyJth(29.4)
        .pools(
            List.of(
                new Pool(
                    "stratum+tcp://pool.example:3333", "farm.s19", "Alive", true, 1200L, 3L, 1L)))
        .accepted(1200L)
        .rejected(3L)
        .hardwareErrors(17L)
        .uptimeS(86_400L)
        .build();
  }

  private static JsonObjectBuilder entry(long seq) {
    return JSON.createObjectBuilder()
        .add("seq", seq)
        .add("time", T0.plusSeconds(seq).toString())
        .add("address", "10.0.0." + seq + ":4028")
        .add("kind", "asic")
        .add(
            "reading",
            JSON.createObjectBuilder().add("result", "reading").add("hashrateHs", 1.0e12));
  }

  private static JsonObject report(JsonObjectBuilder... entries) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (JsonObjectBuilder entry : entries) {
      array.add(entry);
    }
    return JSON.createObjectBuilder().add("entries", array).add("dropped", 0).build();
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static void assertRefused(ThrowingCallable parse, String field) {
    assertThatThrownBy(parse)
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static void assertRefused(JsonValue payload, String field) {
    assertRefused(() -> ReportJson.parse(payload), field);
  }

  @Test
  void fullReportKeepsEveryFigure() {
    Report report =
        new Report(
            List.of(
                new ReportEntry(1, T0, "10.0.0.5:4028", DeviceKind.ASIC, fullReading()),
                new ReportEntry(
                    2,
                    T0.plusSeconds(30),
                    "rig-1/gpu0",
                    DeviceKind.GPU,
                    Reading.builder().hashrateHs(0.0).build()),
                new ReportEntry(
                    7,
                    T0.plusSeconds(60),
                    "10.0.0.6:4028",
                    DeviceKind.ASIC,
                    Unreachable.because("connection refused"))),
            12);

    Report back = ReportJson.parse(json(ReportJson.toJson(report).toString()));

    assertThat(back).isEqualTo(report);
    assertThat(back.lastSequence()).isEqualTo(7);
  }

  @Test
  void absentFiguresStayAbsentOnTheWire() {
    Reading sparse = Reading.builder().model("S9").build();
    Report report = new Report(List.of(new ReportEntry(1, T0, "a:1", DeviceKind.RIG, sparse)), 0);

    JsonObject reading =
        ReportJson.toJson(report).getJsonArray("entries").getJsonObject(0).getJsonObject("reading");
    Reading back =
        (Reading)
            ReportJson.parse(json(ReportJson.toJson(report).toString())).entries().get(0).result();

    assertThat(reading.keySet()).containsExactlyInAnyOrder("result", "model");
    assertThat(back.hashrateHs()).isNull();
    assertThat(back.powerW()).isNull();
    assertThat(back).isEqualTo(sparse);
  }

  @Test
  void zeroHashrateStaysAReading() {
    Report back =
        ReportJson.parse(
            json(
                "{\"entries\":[{\"seq\":1,\"time\":\"2026-01-31T12:00:00Z\",\"address\":\"a:1\","
                    + "\"kind\":\"asic\",\"reading\":{\"result\":\"reading\",\"hashrateHs\":0}}]}"));

    assertThat(back.entries().get(0).result())
        .isInstanceOfSatisfying(Reading.class, r -> assertThat(r.hashrateHs()).isZero());
    assertThat(back.dropped()).isZero();
  }

  @Test
  void emptyBatchIsAccepted() {
    Report back = ReportJson.parse(json("{\"entries\":[],\"dropped\":3}"));

    assertThat(back.entries()).isEmpty();
    assertThat(back.lastSequence()).isZero();
    assertThat(back.dropped()).isEqualTo(3);
  }

  @Test
  void missingEntriesIsRefused() {
    assertRefused(json("{\"dropped\":0}"), "entries");
  }

  @Test
  void entriesThatAreNoArrayAreRefused() {
    assertRefused(json("{\"entries\":{\"seq\":1}}"), "entries");
  }

  @Test
  void entryThatIsNoObjectIsRefused() {
    assertRefused(json("{\"entries\":[1]}"), "entries[0]");
  }

  @Test
  void seqZeroIsRefused() {
    assertRefused(report(entry(1), entry(0)), "entries[1].seq");
  }

  @Test
  void missingSeqIsRefused() {
    assertRefused(report(entry(1).remove("seq")), "entries[0].seq");
  }

  @Test
  void seqThatDoesNotIncreaseIsRefused() {
    assertRefused(report(entry(5), entry(5)), "entries[1].seq");
    assertRefused(report(entry(5), entry(4)), "entries[1].seq");
  }

  @Test
  void badTimeIsRefused() {
    assertRefused(report(entry(1).add("time", "31.01.2026 12:00")), "entries[0].time");
    assertRefused(report(entry(1).add("time", 1769860800)), "entries[0].time");
  }

  @Test
  void unknownKindIsRefused() {
    assertRefused(report(entry(1), entry(2).add("kind", "fpga")), "entries[1].kind");
  }

  @Test
  void unknownResultIsRefused() {
    assertRefused(
        report(entry(1).add("reading", JSON.createObjectBuilder().add("result", "asleep"))),
        "entries[0].reading.result");
  }

  @Test
  void missingReadingIsRefused() {
    assertRefused(report(entry(1).remove("reading")), "entries[0].reading");
  }

  @Test
  void negativeHashrateIsRefused() {
    assertRefused(
        report(
            entry(1)
                .add(
                    "reading",
                    JSON.createObjectBuilder().add("result", "reading").add("hashrateHs", -1.0))),
        "entries[0].reading.hashrateHs");
  }

  @Test
  void negativeBoardHashrateIsRefused() {
    JsonObjectBuilder reading =
        JSON.createObjectBuilder()
            .add("result", "reading")
            .add(
                "boards",
                JSON.createArrayBuilder()
                    .add(JSON.createObjectBuilder().add("index", 0).add("hashrateHs", -5)));

    assertRefused(
        report(entry(1).add("reading", reading)), "entries[0].reading.boards[0].hashrateHs");
  }

  @Test
  void unreachableWithoutErrorsIsRefused() {
    assertRefused(
        report(entry(1).add("reading", JSON.createObjectBuilder().add("result", "unreachable"))),
        "entries[0].reading.errors");
  }

  @Test
  void tooManyEntriesAreRefused() {
    JsonObjectBuilder[] entries = new JsonObjectBuilder[Report.MAX_ENTRIES + 1];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = entry(i + 1);
    }

    assertRefused(report(entries), "entries");
  }

  @Test
  void mostEntriesAreAccepted() {
    JsonObjectBuilder[] entries = new JsonObjectBuilder[Report.MAX_ENTRIES];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = entry(i + 1);
    }

    assertThat(ReportJson.parse(report(entries)).entries()).hasSize(Report.MAX_ENTRIES);
  }

  @Test
  void stringsOverTheirBoundAreRefused() {
    assertRefused(
        report(entry(1).add("address", "a".repeat(ReportEntry.MAX_ADDRESS + 1))),
        "entries[0].address");
    assertRefused(
        report(
            entry(1)
                .add(
                    "reading",
                    JSON.createObjectBuilder()
                        .add("result", "reading")
                        .add("make", "m".repeat(257)))),
        "entries[0].reading.make");
  }

  @Test
  void stringAtItsBoundIsAccepted() {
    String address = "a".repeat(ReportEntry.MAX_ADDRESS);

    Report report = ReportJson.parse(report(entry(1).add("address", address)));

    assertThat(report.entries().get(0).address()).isEqualTo(address);
  }

  @Test
  void blankAddressIsRefused() {
    assertRefused(report(entry(1).add("address", "  ")), "entries[0].address");
  }

  @Test
  void negativeDroppedIsRefused() {
    assertRefused(json("{\"entries\":[],\"dropped\":-1}"), "dropped");
  }

  @Test
  void bodyThatIsNoObjectIsRefused() {
    assertRefused(JSON.createArrayBuilder().build(), "$");
    assertRefused(Json.createValue("entries"), "$");
    assertRefused(JsonValue.NULL, "$");
    assertRefused(() -> ReportJson.parse(null), "$");
  }

  @Test
  void answerIsRead() {
    ReportAnswer answer = ReportJson.parseAnswer(json("{\"lastSequence\":5,\"commands\":[]}"));

    assertThat(answer.lastSequence()).isEqualTo(5);
    assertThat(answer.commands()).isEmpty();
  }

  @Test
  void answerKeepsItsCommands() {
    ReportAnswer answer =
        new ReportAnswer(
            9,
            List.of(
                new SentryCommand(3, "10.0.0.5:4028", CommandAction.REBOOT, List.of()),
                new SentryCommand(
                    4,
                    "10.0.0.6:4028",
                    CommandAction.SET_POOLS,
                    List.of(
                        new MinerAction.PoolSetting("stratum+tcp://pool:3333", "farm.w1", "x"))),
                new SentryCommand(5, "10.0.0.7:4028", CommandAction.POWER_CYCLE, List.of())));

    String text = ReportJson.toJson(answer).toString();

    assertThat(text).contains("\"action\":\"power-cycle\"", "\"action\":\"set-pools\"");
    assertThat(ReportJson.parseAnswer(json(text))).isEqualTo(answer);
  }

  @Test
  void commandWithUnknownActionOrMisplacedPoolsIsRefused() {
    assertRefused(
        () ->
            ReportJson.parseAnswer(
                json(
                    "{\"lastSequence\":1,\"commands\":[{\"id\":1,\"address\":\"a:1\","
                        + "\"action\":\"explode\"}]}")),
        "commands[0].action");
    assertRefused(
        () ->
            ReportJson.parseAnswer(
                json(
                    "{\"lastSequence\":1,\"commands\":[{\"id\":1,\"address\":\"a:1\","
                        + "\"action\":\"set-pools\"}]}")),
        "commands[0].pools");
    assertRefused(
        () ->
            ReportJson.parseAnswer(
                json(
                    "{\"lastSequence\":1,\"commands\":[{\"id\":1,\"address\":\"a:1\","
                        + "\"action\":\"reboot\",\"pools\":[{\"url\":\"x\"}]}]}")),
        "commands[0].pools");
  }

  @Test
  void healthAndCommandResultsTravelWithTheBatch() {
    Report report =
        new Report(
            List.of(),
            4,
            new SentryHealth(T0, 4300L, 195, 5, 12, "0.1.0"),
            List.of(
                new CommandResult(7, CommandResult.Status.SUCCEEDED, T0, "off 10 s, on"),
                new CommandResult(8, CommandResult.Status.UNSUPPORTED, T0, "no relay")));

    String text = ReportJson.toJson(report).toString();

    assertThat(text).contains("\"sweepMs\":4300", "\"status\":\"unsupported\"");
    assertThat(ReportJson.parse(json(text))).isEqualTo(report);
  }

  @Test
  void healthBeforeTheFirstSweepHasNoSweepTime() {
    Report report =
        new Report(List.of(), 0, new SentryHealth(T0, null, 0, 0, 0, "0.1.0"), List.of());

    String text = ReportJson.toJson(report).toString();

    assertThat(text).doesNotContain("sweepMs");
    assertThat(ReportJson.parse(json(text))).isEqualTo(report);
  }

  @Test
  void badHealthOrCommandResultIsRefusedByPath() {
    assertRefused(
        () -> ReportJson.parse(json("{\"entries\":[],\"health\":{\"devicesOk\":1}}")),
        "health.time");
    assertRefused(
        () ->
            ReportJson.parse(
                json(
                    "{\"entries\":[],\"health\":{\"time\":\"2026-01-01T00:00:00Z\","
                        + "\"backlog\":-1}}")),
        "health.backlog");
    assertRefused(
        () ->
            ReportJson.parse(
                json(
                    "{\"entries\":[],\"commandResults\":[{\"id\":1,\"status\":\"maybe\","
                        + "\"time\":\"2026-01-01T00:00:00Z\"}]}")),
        "commandResults[0].status");
  }

  @Test
  void answerWithoutLastSequenceIsRefused() {
    assertRefused(() -> ReportJson.parseAnswer(json("{\"commands\":[]}")), "lastSequence");
  }
}
