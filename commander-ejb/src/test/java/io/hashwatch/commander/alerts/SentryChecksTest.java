package io.hashwatch.commander.alerts;

import static io.hashwatch.commander.alerts.Timeline.rule;
import static io.hashwatch.commander.alerts.Timeline.time;
import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.alerts.Finding.State;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SentryChecksTest {
  private static final AlertRule SILENT = rule("s", RuleKind.SENTRY_SILENT, 60.0, 3, 1);
  private static final AlertRule DROPPING = rule("d", RuleKind.SENTRY_DROPPING, null, 0, 15);

  private static SentryFacts sentry(Instant lastSeen, Long dropped) {
    return new SentryFacts(7, "rack-a", "A", lastSeen, dropped);
  }

  @Test
  void silentIsNoBatchForLongerThanTheGraceAndSinceTheLastBatch() {
    assertThat(SentryChecks.check(SILENT, sentry(time(0), null), null, time(1)).state())
        .isEqualTo(State.ABSENT);
    Finding silent = SentryChecks.check(SILENT, sentry(time(0), null), null, time(1.02));
    assertThat(silent.state()).isEqualTo(State.HOLDS);
    assertThat(silent.since()).isEqualTo(time(0));
    assertThat(silent.message()).isEqualTo("sentry rack-a silent");
    assertThat(SentryChecks.check(SILENT, sentry(null, null), null, time(9)).state())
        .as("never reported")
        .isEqualTo(State.ABSENT);
  }

  @Test
  void droppingIsTheCounterRising() {
    Finding rose = SentryChecks.check(DROPPING, sentry(time(0), 12L), 0L, time(0));
    assertThat(rose.state()).isEqualTo(State.HOLDS);
    assertThat(rose.message()).isEqualTo("sentry rack-a dropped 12 readings");
    assertThat(SentryChecks.check(DROPPING, sentry(time(0), 12L), 12L, time(0)).state())
        .isEqualTo(State.ABSENT);
    assertThat(SentryChecks.check(DROPPING, sentry(time(0), 12L), null, time(0)).state())
        .as("first sight")
        .isEqualTo(State.UNKNOWN);
    assertThat(SentryChecks.check(DROPPING, sentry(time(0), 2L), 12L, time(0)).state())
        .as("sentry restarted")
        .isEqualTo(State.UNKNOWN);
    assertThat(SentryChecks.check(DROPPING, sentry(time(0), null), 12L, time(0)).state())
        .isEqualTo(State.ABSENT);
  }
}
