package io.hashwatch.protocols.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingJsonTest {

  static Reading fullReading() {
    return Reading.builder()
        .make("Bitmain")
        .model("Antminer S19 Pro")
        .firmware("braiins")
        .firmwareVersion("2024-06-01")
        .algorithm("sha256d")
        .hashrateHs(110.5e12)
        .hashrateAvgHs(109.25e12)
        .expectedHashrateHs(110e12)
        .boards(
            List.of(
                new Board(0, 36.8e12, 61.5, 75.25, 114, 114),
                new Board(1, 36.9e12, 62.0, 76.0, 113, 114),
                new Board(2, 36.8e12, 60.0, null, 114, null)))
        .fansRpm(List.of(4200, 4320, 0, 4260))
        .powerW(3250.5)
        .efficiencyJth(29.4)
        .pools(
            List.of(
                new Pool(
                    "stratum+tcp://pool.example:3333", "farm.s19", "Alive", true, 1200L, 3L, 1L),
                new Pool("stratum+tcp://backup.example:3333", null, null, false, null, null, null)))
        .accepted(1200L)
        .rejected(3L)
        .hardwareErrors(17L)
        .uptimeS(86_400L)
        .errors(List.of("fan 3 reports 0 rpm"))
        .build();
  }

  static PollResult roundTrip(PollResult result) {
    String text = ReadingJson.toJson(result).toString();
    try (var reader = Json.createReader(new StringReader(text))) {
      return ReadingJson.fromJson(FieldReader.root(reader.readObject()));
    }
  }

  static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static PollResult parse(String text) {
    return ReadingJson.fromJson(FieldReader.root(json(text)));
  }

  @Test
  void aLongReasonIsClippedSoTheCommanderTakesIt() {
    String quotedReply = "unreadable reply: " + "x".repeat(5000);
    PollResult unreachable = Unreachable.because(quotedReply);

    String reason = unreachable.errors().get(0);
    assertThat(reason)
        .hasSize(Limits.MAX_ERROR_TEXT)
        .startsWith("unreadable reply: xxx")
        .endsWith("...");
    assertThat(ReadingJson.fromJson(FieldReader.root(ReadingJson.toJson(unreachable))))
        .isEqualTo(unreachable);
  }

  @Test
  void fullReadingKeepsEveryFigure() {
    Reading reading = fullReading();

    assertThat(roundTrip(reading)).isEqualTo(reading);
  }

  @Test
  void absentFiguresStayAbsentNotZero() {
    Reading sparse = Reading.builder().make("Canaan").build();

    JsonObject json = ReadingJson.toJson(sparse);
    Reading back = (Reading) roundTrip(sparse);

    assertThat(json.keySet()).containsExactlyInAnyOrder("result", "make");
    assertThat(back.hashrateHs()).isNull();
    assertThat(back.powerW()).isNull();
    assertThat(back.accepted()).isNull();
    assertThat(back.uptimeS()).isNull();
    assertThat(back.boards()).isEmpty();
    assertThat(back.fansRpm()).isEmpty();
    assertThat(back.maxTempC()).isNull();
    assertThat(back).isEqualTo(sparse);
  }

  @Test
  void absentBoardFiguresStayAbsent() {
    Reading reading =
        Reading.builder().boards(List.of(new Board(3, null, null, null, null, null))).build();

    JsonObject board = ReadingJson.toJson(reading).getJsonArray("boards").getJsonObject(0);

    assertThat(board.keySet()).containsExactly("index");
    assertThat(roundTrip(reading)).isEqualTo(reading);
  }

  @Test
  void zeroHashrateIsAReadingWithZero() {
    Reading sleeping = Reading.builder().hashrateHs(0.0).powerW(0.0).build();

    PollResult back = roundTrip(sleeping);

    assertThat(ReadingJson.toJson(sleeping).containsKey("hashrateHs")).isTrue();
    assertThat(back).isInstanceOf(Reading.class);
    assertThat(((Reading) back).hashrateHs()).isZero();
    assertThat(((Reading) back).powerW()).isZero();
  }

  @Test
  void resultsWithoutReadingKeepTheirReasons() {
    List<PollResult> results =
        List.of(
            Unreachable.because("connect timed out after 3 s"),
            Rejected.because("STATUS=E, Invalid command"),
            NoData.because("still starting"));

    for (PollResult result : results) {
      assertThat(roundTrip(result)).isEqualTo(result);
    }
  }

  @Test
  void maxTempPrefersChipOverBoardTemperature() {
    assertThat(fullReading().maxTempC()).isEqualTo(76.0);
  }

  @Test
  void unknownResultIsRefused() {
    assertThatThrownBy(() -> parse("{\"result\":\"sleeping\"}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("result"));
  }

  @Test
  void resultWithoutReadingMustSayWhy() {
    assertThatThrownBy(() -> parse("{\"result\":\"rejected\",\"errors\":[]}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("errors"));
  }

  @Test
  void boardWithoutIndexIsRefused() {
    assertThatThrownBy(() -> parse("{\"result\":\"reading\",\"boards\":[{\"index\":0},{}]}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("boards[1].index"));
  }

  @Test
  void negativeFanSpeedIsRefused() {
    assertThatThrownBy(() -> parse("{\"result\":\"reading\",\"fansRpm\":[4200,-1]}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("fansRpm[1]"));
  }

  @Test
  void fractionalCountIsRefused() {
    assertThatThrownBy(() -> parse("{\"result\":\"reading\",\"accepted\":1.5}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("accepted"));
  }

  @Test
  void poolWithoutUrlIsRefused() {
    assertThatThrownBy(() -> parse("{\"result\":\"reading\",\"pools\":[{\"user\":\"x\"}]}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("pools[0].url"));
  }

  @Test
  void aRelayReadingSaysWhetherItIsOnAndWhatItMeters() {
    Reading off = Reading.builder().relayOn(false).build();
    Reading metered = Reading.builder().relayOn(true).powerW(35.2).build();

    assertThat(ReadingJson.toJson(off).toString())
        .isEqualTo("{\"result\":\"reading\",\"relayOn\":false}");
    assertThat(roundTrip(off)).isEqualTo(off);
    assertThat(roundTrip(metered)).isEqualTo(metered);
    assertThat(((Reading) parse("{\"result\":\"reading\"}")).relayOn()).isNull();
  }

  @Test
  void relayOnMustBeTrueOrFalse() {
    assertThatThrownBy(() -> parse("{\"result\":\"reading\",\"relayOn\":\"yes\"}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("relayOn"));
  }

  static Reading rigReading() {
    return Reading.builder()
        .fansRpm(List.of(1200))
        .powerW(431.5)
        .uptimeS(3600L)
        .host(
            new Host(
                "rig-07",
                "Debian GNU/Linux 12 (bookworm)",
                "AMD Ryzen 5 5600X 6-Core Processor",
                12,
                87.5,
                6.1,
                71.0,
                List.of(68.0, 71.0),
                33_554_432_000L,
                12_000_000_000L,
                List.of(new Host.Disk("/", 250_000_000_000L, 100_000_000_000L)),
                List.of(new Host.NetworkLink("eth0", 123_456L, 654_321L))))
        .build();
  }

  static Reading gpuReading() {
    return Reading.builder()
        .make("NVIDIA")
        .model("NVIDIA GeForce RTX 3080")
        .hashrateHs(97.5e6)
        .powerW(220.25)
        .fansRpm(List.of(2100))
        .gpu(
            new Gpu(
                "0000:01:00.0",
                61.0,
                null,
                88.0,
                70,
                240.0,
                1440,
                9501,
                5120L,
                10240L,
                100,
                List.of("t-rex")))
        .build();
  }

  @Test
  void rigAndGpuReadingsKeepEveryFigure() {
    assertThat(roundTrip(rigReading())).isEqualTo(rigReading());
    assertThat(roundTrip(gpuReading())).isEqualTo(gpuReading());
    Reading program =
        Reading.builder()
            .firmware("t-rex")
            .stale(4L)
            .boards(List.of(new Board(0, 97.5e6, 61.0, null, null, null, "0000:01:00.0")))
            .build();
    assertThat(roundTrip(program)).isEqualTo(program);
  }

  @Test
  void maxTempTakesTheHottestOfGpuAndCpu() {
    assertThat(gpuReading().maxTempC()).isEqualTo(88.0);
    assertThat(rigReading().maxTempC()).isEqualTo(71.0);
  }

  @Test
  void aGpuFanOverOneHundredPercentIsRefusedNamingTheField() {
    assertThatThrownBy(() -> parse("{\"result\":\"reading\",\"gpu\":{\"fanPercent\":140}}"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("gpu.fanPercent");
  }

  @Test
  void aDiskWithoutMountIsRefusedNamingTheField() {
    assertThatThrownBy(
            () -> parse("{\"result\":\"reading\",\"host\":{\"disks\":[{\"totalBytes\":1}]}}"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("host.disks[0].mount");
  }
}
