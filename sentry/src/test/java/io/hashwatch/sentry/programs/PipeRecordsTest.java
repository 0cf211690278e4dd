package io.hashwatch.sentry.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipeRecordsTest {

  @Test
  void readsEveryRecordOfARecordedReplyInOrder() {
    List<Map<String, String>> hwinfo = PipeRecords.parse(Fixtures.text("ccminer/hwinfo.txt"));

    assertThat(hwinfo).hasSize(9);
    assertThat(hwinfo.get(0))
        .containsEntry("GPU", "0")
        .containsEntry("BUS", "1")
        .containsEntry("CARD", "EVGA GTX 1070 Ti")
        .containsEntry("POWER", "185125");
    assertThat(hwinfo.get(0).keySet()).startsWith("GPU", "BUS", "CARD");
    assertThat(hwinfo.get(8)).containsEntry("OS", "windows").containsEntry("NVDRIVER", "397.64");
  }

  @Test
  void keepsKeysWithSlashesAndAReplyWithoutTheLastBar() {
    List<Map<String, String>> threads =
        PipeRecords.parse(Fixtures.text("cpuminer-opt/threads.txt"));
    List<Map<String, String>> noBar = PipeRecords.parse("CPU=0;kH/s=36.59|CPU=1;kH/s=38.73");

    assertThat(threads).hasSize(12);
    assertThat(threads.get(11)).containsExactly(Map.entry("CPU", "11"), Map.entry("kH/s", "39.24"));
    assertThat(noBar).hasSize(2);
    assertThat(PipeRecords.number(noBar.get(1), "kH/s")).isEqualTo(38.73);
  }

  @Test
  void skipsFieldsWithoutAValueAndKeepsTheFirstOfARepeatedKey() {
    List<Map<String, String>> records =
        PipeRecords.parse("NAME=ccminer;junk;=5;VER=1;VER=2;EMPTY=;|\u0000");

    assertThat(records).containsExactly(Map.of("NAME", "ccminer", "VER", "1", "EMPTY", ""));
    assertThat(PipeRecords.text(records.get(0), "EMPTY")).isNull();
  }

  @Test
  void aReplyOfAnotherProtocolHoldsNoRecord() {
    assertThat(PipeRecords.parse("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"))
        .isEmpty();
    assertThat(PipeRecords.parse("")).isEmpty();
    assertThat(PipeRecords.parse("help\nsummary\nthreads\n|")).isEmpty();
  }

  @Test
  void boundsRecordsAndFields() {
    String many = "A=1|".repeat(PipeRecords.MAX_RECORDS + 50);
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < PipeRecords.MAX_FIELDS + 30; i++) {
      wide.append("K").append(i).append('=').append(i).append(';');
    }

    assertThat(PipeRecords.parse(many)).hasSize(PipeRecords.MAX_RECORDS);
    assertThat(PipeRecords.parse(wide.toString()).get(0)).hasSize(PipeRecords.MAX_FIELDS);
  }

  @Test
  void figuresAreFiniteAndNotNegativeAndZeroCanMeanUnknown() {
    Map<String, String> record =
        Map.of("T", "64.0", "Z", "0.0", "N", "-1", "X", "nan", "C", "12.9", "H", "1e400");

    assertThat(PipeRecords.number(record, "T")).isEqualTo(64.0);
    assertThat(PipeRecords.number(record, "Z")).isEqualTo(0.0);
    assertThat(PipeRecords.known(record, "Z")).isNull();
    assertThat(PipeRecords.number(record, "N")).isNull();
    assertThat(PipeRecords.number(record, "X")).isNull();
    assertThat(PipeRecords.number(record, "H")).isNull();
    assertThat(PipeRecords.count(record, "C")).isEqualTo(12L);
    assertThat(PipeRecords.number(record, "missing")).isNull();
    assertThat(PipeRecords.has(record, "T", "Z")).isTrue();
    assertThat(PipeRecords.has(record, "T", "missing")).isFalse();
  }
}
