package io.hashwatch.protocols.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.RecordedReplies;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class LenientFieldsTest {

  private static JsonObject json(String text) throws Exception {
    return CgminerClient.parse(text);
  }

  @Test
  void numbersAreReadFromNumbersAndNumericStrings() throws Exception {
    JsonObject vnish =
        CgminerClient.parse(RecordedReplies.text("vnish-s21pro/rpc_stats.json"))
            .getJsonArray("STATS")
            .getJsonObject(1);
    assertThat(LenientFields.number(vnish, "GHS 5s")).isEqualTo(173870.94);
    assertThat(LenientFields.number(vnish, "GHS av")).isEqualTo(174374.75);

    JsonObject values =
        json(
            "{\"a\":16346.64,\"b\":\"16346.64\",\"c\":\" 42 \",\"d\":1.2009939119E+13,"
                + "\"e\":\"1.2009939119E+13\",\"f\":-273.0,\"g\":0.000000,\"h\":0}");
    assertThat(LenientFields.number(values, "a")).isEqualTo(16346.64);
    assertThat(LenientFields.number(values, "b")).isEqualTo(16346.64);
    assertThat(LenientFields.number(values, "c")).isEqualTo(42.0);
    assertThat(LenientFields.number(values, "d")).isEqualTo(1.2009939119e13);
    assertThat(LenientFields.number(values, "e")).isEqualTo(1.2009939119e13);
    assertThat(LenientFields.number(values, "f")).isEqualTo(-273.0);
    assertThat(LenientFields.number(values, "g")).isZero();
    assertThat(LenientFields.number(values, "h")).isZero();
  }

  @Test
  void unitsAfterANumberAreIgnored() {
    assertThat(LenientFields.parse("3250 W")).isEqualTo(3250.0);
    assertThat(LenientFields.parse("38 %")).isEqualTo(38.0);
    assertThat(LenientFields.parse("71.5C")).isEqualTo(71.5);
    assertThat(LenientFields.parse("110 TH/s")).isEqualTo(110.0);
    assertThat(LenientFields.parse("12e")).isEqualTo(12.0);
    assertThat(LenientFields.parse("5-")).isEqualTo(5.0);
  }

  @Test
  void absentFiguresAreNullNeverZero() throws Exception {
    JsonObject values =
        json(
            "{\"chain_rate4\":\"\",\"a\":\"N/A\",\"b\":\"-\",\"c\":null,\"d\":true,"
                + "\"e\":\"m-m-m-m\",\"f\":\"inf\",\"g\":\"1e400\",\"h\":[1],\"i\":{\"x\":1},"
                + "\"j\":\"48-80-49-70\",\"k\":nan}");
    for (String key : values.keySet()) {
      assertThat(LenientFields.number(values, key)).as(key).isNull();
      assertThat(LenientFields.whole(values, key)).as(key).isNull();
    }
    assertThat(LenientFields.number(values, "missing")).isNull();
    assertThat(LenientFields.number((JsonObject) null, "a")).isNull();
    assertThat(LenientFields.number(JsonValue.NULL)).isNull();
    assertThat(LenientFields.number((JsonValue) null)).isNull();
    assertThat(LenientFields.parse(null)).isNull();
    assertThat(LenientFields.parse("   ")).isNull();
  }

  @Test
  void theFirstKeyPresentAsANumberWins() throws Exception {
    JsonObject values = json("{\"GHS 5s\":\"\",\"GHS 30s\":\"12.5\",\"GHS av\":99}");
    assertThat(LenientFields.number(values, "MHS 5s", "GHS 5s", "GHS 30s", "GHS av"))
        .isEqualTo(12.5);
  }

  @Test
  void wholeNumbersCutTheFraction() throws Exception {
    JsonObject values = json("{\"Elapsed\":\"50474.9\",\"Temp\":-0.5,\"Fan\":\"4200 rpm\"}");
    assertThat(LenientFields.whole(values, "Elapsed")).isEqualTo(50474L);
    assertThat(LenientFields.whole(values, "Temp")).isEqualTo(-1L);
    assertThat(LenientFields.whole(values, "Fan")).isEqualTo(4200L);
  }

  @Test
  void textIsReadAsWrittenAndBlankIsAbsent() throws Exception {
    JsonObject values =
        json(
            "{\"Type\":\" Antminer S19 Pro \",\"blank\":\"  \",\"n\":1.50,\"obj\":{},\"no\":null}");
    assertThat(LenientFields.text(values, "Type")).isEqualTo("Antminer S19 Pro");
    assertThat(LenientFields.text(values, "n")).isEqualTo("1.50");
    assertThat(LenientFields.text(values, "blank", "obj", "no", "Type"))
        .isEqualTo("Antminer S19 Pro");
    assertThat(LenientFields.text(values, "blank", "obj", "no", "missing")).isNull();
    assertThat(LenientFields.text(null, "Type")).isNull();
  }
}
