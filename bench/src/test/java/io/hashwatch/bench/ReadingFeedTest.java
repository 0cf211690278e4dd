package io.hashwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportJson;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingFeedTest {
  private final ReadingFeed feed = new ReadingFeed(3, 5);

  @Test
  void entriesCycleThroughTheDevicesWithRisingTimes() {
    assertThat(feed.device(1)).isZero();
    assertThat(feed.device(5)).isEqualTo(4);
    assertThat(feed.device(6)).isZero();
    assertThat(feed.time(1)).isEqualTo(ReadingFeed.FIRST_POLL);
    assertThat(feed.time(6)).isEqualTo(Instant.parse("2026-11-29T00:01:00Z"));
    for (long seq = 1; seq < 50; seq++) {
      assertThat(feed.time(seq + 1)).isAfter(feed.time(seq));
    }
  }

  @Test
  void aBodyIsAValidReportWhoseReadingsKeepTheirJson() {
    byte[] body = feed.reportBody(11, 7);
    Report report;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      report = ReportJson.parse(reader.readValue());
    }
    assertThat(report.entries()).hasSize(7);
    assertThat(report.entries().get(0).seq()).isEqualTo(11);
    assertThat(report.lastSequence()).isEqualTo(17);
    assertThat(report.entries().get(0).address()).isEqualTo(feed.address(0));
    String stored =
        io.hashwatch.protocols.reading.ReadingJson.toJson(report.entries().get(3).result())
            .toString();
    assertThat(stored).isEqualTo(feed.reading(14).json()).contains("\"boards\"", "\"pools\"");
  }

  @Test
  void copyRowsHaveFifteenColumnsEach() {
    String rows =
        new String(feed.copyRows(42, new long[] {1, 2, 3, 4, 5}, 1, 6), StandardCharsets.UTF_8);
    String[] lines = rows.split("\n");
    assertThat(lines).hasSize(6);
    assertThat(lines[5].split("\t", -1)).hasSize(15);
    assertThat(lines[5]).startsWith("42\t6\t1\t2026-11-29T00:01:00Z\treading\t");
  }

  @Test
  void copyTextEscapesItsSeparators() {
    assertThat(DeviceReading.copyText("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
    assertThat(DeviceReading.copyValue(null)).isEqualTo("\\N");
  }
}
