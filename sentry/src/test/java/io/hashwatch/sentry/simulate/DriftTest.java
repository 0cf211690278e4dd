package io.hashwatch.sentry.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DriftTest {
  private static final String SUMMARY =
      "{\"SUMMARY\":[{\"Elapsed\":100,\"GHS 5s\":110566.89,\"GHS av\":\"111834.85\",\"Accepted\":7}]}";

  @Test
  void hashratesWanderAFewPercentAndCountersGrow() {
    String later = Drift.apply(SUMMARY, 0, 90);

    assertThat(later).contains("\"Elapsed\":190").contains("\"Accepted\":97");
    double rate = Double.parseDouble(later.replaceAll(".*\"GHS 5s\":([0-9.]+).*", "$1"));
    assertThat(rate).isBetween(110566.89 * 0.97, 110566.89 * 1.03).isNotEqualTo(110566.89);
    assertThat(later).as("a quoted figure stays quoted").containsPattern("\"GHS av\":\"[0-9.]+\"");
  }

  @Test
  void leavesTheRestOfTheReplyAsRecorded() {
    String broken = "{\"STATS\":[{\"a\":1}{\"GHS 5s\":\"5.00\",\"Type\":\"Antminer L3+\"}]}";
    assertThat(Drift.apply(broken, 3, 0)).contains("}{").contains("Antminer L3+");
  }
}
