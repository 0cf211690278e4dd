package io.hashwatch.protocols.cgminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonRepairTest {

  private static JsonValue strict(String text) {
    try (var reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  private static JsonObject repaired(String text) throws MalformedReplyException {
    return CgminerClient.parse(text);
  }

  private static List<String> notStrict() {
    return RecordedReplies.strictJson().entrySet().stream()
        .filter(entry -> entry.getValue().equals("NO"))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The JSON number grammar, exponent of at most 4 digits: what the hand scan must agree with. */
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]{1,4})?");

  @Test
  void theNumberScanAgreesWithTheJsonGrammarOnEveryShortString() {
    String alphabet = "01923.eE+-";
    StringBuilder text = new StringBuilder();
    int checked = 0;
    for (int length = 1; length <= 5; length++) {
      int[] digits = new int[length];
      while (true) {
        text.setLength(0);
        for (int digit : digits) {
          text.append(alphabet.charAt(digit));
        }
        String number = " " + text + " ";
        assertThat(JsonRepair.isNumber(number, 1, number.length() - 1))
            .as(number)
            .isEqualTo(NUMBER.matcher(text).matches());
        checked++;
        int k = length - 1;
        while (k >= 0 && ++digits[k] == alphabet.length()) {
          digits[k--] = 0;
        }
        if (k < 0) {
          break;
        }
      }
    }
    assertThat(checked).isEqualTo(111_110);
  }

  @Test
  void longNumbersAndLongExponentsAsTheGrammarSaysThem() {
    for (String number :
        List.of("1e9999", "1e99999", "-0.5E+0012", "-0.5E+00123", "9".repeat(400), "0.0e-0")) {
      assertThat(JsonRepair.isNumber(number, 0, number.length()))
          .as(number)
          .isEqualTo(NUMBER.matcher(number).matches());
    }
    assertThat(JsonRepair.isNumber("", 0, 0)).isFalse();
  }

  @Test
  void everyFixtureKeepingAFirmwareBugParsesAfterRepair() throws Exception {
    assertThat(notStrict())
        .containsExactlyInAnyOrder(
            "antminer-legacy-foreman/d3_blissz.stats.json",
            "antminer-legacy-foreman/l3plus.stats.json",
            "antminer-legacy-foreman/s9_bad_temps.stats.json",
            "antminer-legacy-foreman/s9_hiveon.stats.json",
            "antminer-legacy-foreman/s9_nicehash.stats.json",
            "antminer-legacy-foreman/z11.stats.json",
            "whatsminer-btminer-foreman/m20s_newfw.summary.json");
    for (String path : notStrict()) {
      String raw = RecordedReplies.text(path);
      assertThatThrownBy(() -> strict(raw)).as(path).isInstanceOf(JsonException.class);
      JsonObject reply = repaired(raw);
      assertThat(CgminerStatus.description(reply)).as(path).isNotBlank();
      assertThat(reply.getInt("id")).as(path).isEqualTo(1);
    }
  }

  @Test
  void bmminerStatsWithoutTheCommaBetweenObjectsKeepTheirFigures() throws Exception {
    JsonObject l3 = repaired(RecordedReplies.text("antminer-legacy-foreman/l3plus.stats.json"));
    assertThat(l3.getJsonArray("STATS")).hasSize(2);
    assertThat(l3.getJsonArray("STATS").getJsonObject(0).getString("Type"))
        .isEqualTo("Antminer L3+");
    JsonObject l3Stats = l3.getJsonArray("STATS").getJsonObject(1);
    assertThat(l3Stats.getJsonNumber("GHS av").doubleValue()).isEqualTo(500.28);
    assertThat(l3Stats.getString("GHS 5s")).isEqualTo("504.56");
    assertThat(l3Stats.getInt("chain_acn1")).isEqualTo(72);
    assertThat(l3Stats.getInt("fan2")).isEqualTo(3810);
    assertThat(l3Stats.getString("chain_rate4")).isEqualTo("126.59");

    JsonObject d3 =
        repaired(RecordedReplies.text("antminer-legacy-foreman/d3_blissz.stats.json"))
            .getJsonArray("STATS")
            .getJsonObject(1);
    assertThat(d3.getString("GHS 5s")).isEqualTo("16346.64");
    assertThat(d3.getInt("chain_acn3")).isEqualTo(60);
    assertThat(d3.getInt("chain_acn4")).isZero();

    JsonObject z11 =
        repaired(RecordedReplies.text("antminer-legacy-foreman/z11.stats.json"))
            .getJsonArray("STATS")
            .getJsonObject(1);
    assertThat(z11.getString("ID")).isEqualTo("ZCASH0");
    assertThat(z11.getInt("chain_hw2")).isEqualTo(3610);

    JsonObject s9 =
        repaired(RecordedReplies.text("antminer-legacy-foreman/s9_bad_temps.stats.json"));
    assertThat(s9.getJsonArray("STATS").getJsonObject(0).getString("Type"))
        .isEqualTo("Antminer S9\nV1.3.58");
    assertThat(s9.getJsonArray("STATS").getJsonObject(1).getInt("temp2_7")).isEqualTo(-83);
  }

  @Test
  void btminerSummaryWithAnInvalidEscapeKeepsItsFigures() throws Exception {
    JsonObject summary =
        repaired(RecordedReplies.text("whatsminer-btminer-foreman/m20s_newfw.summary.json"))
            .getJsonArray("SUMMARY")
            .getJsonObject(0);
    assertThat(summary.getString("Firmware Version")).isEqualTo("'20200917.22.REL'");
    assertThat(summary.getJsonNumber("MHS av").doubleValue()).isEqualTo(68710597.19);
    assertThat(summary.getInt("Power")).isEqualTo(3491);
    assertThat(summary.getString("MAC")).isEqualTo("C4:11:04:01:3C:75");
    assertThat(summary.getJsonNumber("Chip Temp Avg").doubleValue()).isEqualTo(79.34);
  }

  @Test
  void validJsonObjectsAreUnchangedInMeaning() throws Exception {
    int compared = 0;
    for (Map.Entry<String, String> entry : RecordedReplies.strictJson().entrySet()) {
      if (!entry.getValue().equals("yes")) {
        continue;
      }
      String raw = RecordedReplies.text(entry.getKey());
      JsonValue original = strict(raw);
      if (original.getValueType() == JsonValue.ValueType.OBJECT) {
        assertThat(repaired(raw)).as(entry.getKey()).isEqualTo(original);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(250);
  }

  @Test
  void strayNulsAreDropped() throws Exception {
    assertThat(repaired("{\"a\":1}\u0000")).isEqualTo(strict("{\"a\":1}"));
    assertThat(repaired("{\"a\":\u00001,\"b\":\"x\u0000y\"}"))
        .isEqualTo(strict("{\"a\":1,\"b\":\"xy\"}"));
  }

  @Test
  void trailingCommasAreDropped() throws Exception {
    assertThat(repaired("{\"a\":1,}")).isEqualTo(strict("{\"a\":1}"));
    assertThat(repaired("{\"a\":[1,2,],\"b\":{\"c\":3,},}"))
        .isEqualTo(strict("{\"a\":[1,2],\"b\":{\"c\":3}}"));
  }

  @Test
  void aCommaRightAfterAnOpeningBracketIsDropped() throws Exception {
    assertThat(repaired("{\"STATS\":[,{\"ID\":\"BC50\"}],\"id\":1}"))
        .isEqualTo(strict("{\"STATS\":[{\"ID\":\"BC50\"}],\"id\":1}"));
  }

  @Test
  void rawNewlinesInStringsAreKeptAsText() throws Exception {
    JsonObject reply = repaired("{\"Msg\":\"line one\nline two\r\",\n\"Code\":\t9}");
    assertThat(reply.getString("Msg")).isEqualTo("line one\nline two\r");
    assertThat(reply.getInt("Code")).isEqualTo(9);
  }

  @Test
  void aMissingCommaBetweenTwoStringsIsAdded() throws Exception {
    // btminer 2023-01-06: ..."Power Mode":"""temp0":71...
    assertThat(repaired("{\"Power Mode\":\"\"\"temp0\":71}"))
        .isEqualTo(strict("{\"Power Mode\":\"\",\"temp0\":71}"));
    assertThat(repaired("{\"Power Mode\":\"Normal\"\"temp0\":71}"))
        .isEqualTo(strict("{\"Power Mode\":\"Normal\",\"temp0\":71}"));
  }

  @Test
  void bareInfinityAndNanBecomeNull() throws Exception {
    JsonObject reply = repaired("{\"a\":inf,\"b\":nan,\"c\":-inf,\"d\":NaN,\"e\":\"inf\",\"f\":1}");
    assertThat(reply.isNull("a")).isTrue();
    assertThat(reply.isNull("b")).isTrue();
    assertThat(reply.isNull("c")).isTrue();
    assertThat(reply.isNull("d")).isTrue();
    assertThat(reply.getString("e")).isEqualTo("inf");
    assertThat(reply.getInt("f")).isEqualTo(1);
  }

  @Test
  void unitsAfterBareNumbersAreDropped() throws Exception {
    assertThat(repaired("{\"Power\":3250 W,\"Fan\":38 %,\"Temp\":71.5C}"))
        .isEqualTo(strict("{\"Power\":3250,\"Fan\":38,\"Temp\":71.5}"));
  }

  @Test
  void aReplyStartingWithACommaGetsItsBrace() throws Exception {
    assertThat(repaired(",\"id\":1}")).isEqualTo(strict("{\"id\":1}"));
  }

  @Test
  void invalidEscapesAreKeptAsText() throws Exception {
    assertThat(repaired("{\"v\":\"\\'1.0\\'\",\"w\":\"a\\qb\",\"x\":\"\\u00e9\\u12\"}"))
        .isEqualTo(strict("{\"v\":\"'1.0'\",\"w\":\"a\\\\qb\",\"x\":\"\u00e9\\\\u12\"}"));
  }

  @Test
  void aTruncatedReplyIsClosedAfterItsLastCompleteValue() throws Exception {
    String head =
        "{\"STATUS\":[{\"STATUS\":\"S\",\"Code\":9}],\"DEVS\":[{\"ID\":0,\"MHS av\":1.5},";
    JsonObject complete = strict(head + "{\"ID\":1}]}").asJsonObject();
    // cut in a key, after a key, after the colon, in a number, in a string value, in a word
    for (String tail :
        List.of(
            "{\"ID\":1,\"MH",
            "{\"ID\":1,\"MHS av\"",
            "{\"ID\":1,\"MHS av\":",
            "{\"ID\":1,\"MHS av\":1.2",
            "{\"ID\":1,\"MHS av\":\"1.2",
            "{\"ID\":1,\"MHS av\":tr",
            "{\"ID\":1,")) {
      assertThat(repaired(head + tail)).as(tail).isEqualTo(complete);
    }
    assertThat(repaired("{\"a\":[1,2,\"thr")).isEqualTo(strict("{\"a\":[1,2]}"));
    assertThat(repaired("{\"a\":{\"b\":[{\"c\":\"d\"}"))
        .isEqualTo(strict("{\"a\":{\"b\":[{\"c\":\"d\"}]}}"));
  }

  @Test
  void duplicatedKeysKeepTheLastValue() throws Exception {
    assertThat(repaired("{\"Fan\":1,\"Temp\":60,\"Fan\":2}").getInt("Fan")).isEqualTo(2);
  }

  @Test
  void numbersJsonCannotHoldBecomeText() throws Exception {
    JsonObject reply = repaired("{\"a\":1.2.3,\"b\":007,\"c\":1e99999999999,\"d\":-,\"e\":2}");
    assertThat(reply.getString("a")).isEqualTo("1.2.3");
    assertThat(reply.getString("b")).isEqualTo("007");
    assertThat(reply.getString("c")).isEqualTo("1e99999999999");
    assertThat(reply.getString("d")).isEqualTo("-");
    assertThat(reply.getInt("e")).isEqualTo(2);
  }

  @Test
  void repairTakesLinearTimeOnHostileInput() {
    String commas = "{" + " ,".repeat(1_000_000) + "\"a\":1}";
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertThat(repaired(commas)).isEqualTo(strict("{\"a\":1}")));
  }

  @Test
  void nestingDeeperThanTheParserAllowsIsMalformed() {
    for (String reply : List.of("[".repeat(1_000_000), "{\"a\":".repeat(5000) + "1")) {
      assertThatThrownBy(() -> repaired(reply)).isInstanceOf(MalformedReplyException.class);
    }
  }

  @Test
  void whatIsNotAnObjectIsMalformed() {
    for (String reply : List.of("", " \u0000", "[1,2]", "\"text\"", "STATUS=S,Code=11|", "}")) {
      assertThatThrownBy(() -> repaired(reply))
          .as(reply)
          .isInstanceOf(MalformedReplyException.class);
    }
  }
}
