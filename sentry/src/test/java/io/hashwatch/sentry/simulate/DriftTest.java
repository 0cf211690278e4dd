package io.hashwatch.sentry.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
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

  @Test
  void everyRecordedReplyChangesOnlyInItsFigures() {
    Pattern figure =
        Pattern.compile(
            "(\"(?:GHS 5s|GHS av|GHS 30m|MHS [0-9a-z]+|HS RT|rate_[0-9a-z]+|chain_rate\\d+|GHSspd"
                + "|GHSavg|Elapsed|Accepted|Uptime)\"\\s*:\\s*\"?)\\d+(\\.\\d+)?");
    int figures = 0;
    for (SimulatedFirmware firmware : SimulatedFirmware.values()) {
      for (String command : firmware.commands()) {
        String recorded = firmware.reply(command).render(0, 0);
        String later = firmware.reply(command).render(7, 3600);

        assertThat(figure.matcher(later).replaceAll("$1#"))
            .as(firmware + " " + command)
            .isEqualTo(figure.matcher(recorded).replaceAll("$1#"));
        figures += figure.matcher(recorded).results().count();
      }
    }
    assertThat(figures).as("figures that move").isGreaterThan(100);
  }

  @Test
  void hundredthsAreTheValueRoundedToTwoDecimals() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      double value = random.nextDouble() * Math.pow(10, random.nextInt(12));
      StringBuilder text = new StringBuilder();
      Drift.appendHundredths(text, value);

      assertThat(text.toString()).matches("\\d+\\.\\d\\d");
      assertThat(Double.parseDouble(text.toString())).isCloseTo(value, within(0.0051));
    }
    StringBuilder text = new StringBuilder();
    Drift.appendHundredths(text, 0.0);
    Drift.appendHundredths(text.append(' '), 110566.894);
    Drift.appendHundredths(text.append(' '), 7.05);
    assertThat(text.toString())
        .isEqualTo(String.format(Locale.ROOT, "%.2f %.2f %.2f", 0.0, 110566.894, 7.05));
  }
}
