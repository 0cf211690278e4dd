package io.hashwatch.commander.web.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.fleet.SentryView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SentryRowTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void aSentrySilentForMoreThanTwoMinutesOrNeverHeardIsStale() {
    assertThat(SentryRow.of(seen(NOW.minusMinutes(2)), 3, NOW).stale()).isFalse();
    assertThat(SentryRow.of(seen(NOW.minusMinutes(2).minusSeconds(1)), 3, NOW).stale()).isTrue();
    assertThat(SentryRow.of(seen(null), 0, NOW).stale()).isTrue();
    assertThat(SentryRow.of(seen(NOW), 0, NOW).healthTime()).isNull();
  }

  private static SentryView seen(OffsetDateTime lastSeen) {
    return new SentryView(1, "hall-a", null, lastSeen, 0, 0, null);
  }
}
