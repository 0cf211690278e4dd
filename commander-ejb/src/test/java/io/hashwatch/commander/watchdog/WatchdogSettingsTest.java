package io.hashwatch.commander.watchdog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.report.CommandAction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchdogSettingsTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static WatchdogSettings with(List<CommandAction> steps, int maxCycles, int hold) {
    return new WatchdogSettings(true, steps, MINUTE, MINUTE, maxCycles, hold);
  }

  @Test
  void theDefaultsAreOffWithTheWholeLadder() {
    assertThat(WatchdogSettings.DEFAULTS.enabled()).isFalse();
    assertThat(WatchdogSettings.DEFAULTS.stepsText()).isEqualTo("restart,reboot,power-cycle");
    assertThat(WatchdogSettings.DEFAULTS.trigger()).isEqualTo(Duration.ofMinutes(10));
    assertThat(WatchdogSettings.DEFAULTS.pause()).isEqualTo(Duration.ofMinutes(5));
    assertThat(WatchdogSettings.DEFAULTS.maxCycles()).isEqualTo(3);
    assertThat(WatchdogSettings.DEFAULTS.siteHoldPercent()).isEqualTo(50);
  }

  @Test
  void stepsAreReadBackInTheirOrder() {
    assertThat(WatchdogSettings.parseSteps("power-cycle, restart"))
        .containsExactly(CommandAction.POWER_CYCLE, CommandAction.RESTART);
  }

  @Test
  void badSettingsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> with(List.of(), 3, 50))
        .isInstanceOfSatisfying(
            SettingsRefusedException.class, e -> assertThat(e.field()).isEqualTo("steps"));
    assertThatThrownBy(() -> with(List.of(CommandAction.REBOOT, CommandAction.REBOOT), 3, 50))
        .hasMessage("steps must not repeat a step");
    assertThatThrownBy(() -> with(List.of(CommandAction.SLEEP), 3, 50))
        .hasMessageContaining("restart, reboot and power-cycle");
    assertThatThrownBy(() -> with(List.of(CommandAction.RESTART), 0, 50))
        .hasMessage("maxCyclesPerDay must be 1 to 100");
    assertThatThrownBy(() -> with(List.of(CommandAction.RESTART), 3, 101))
        .isInstanceOfSatisfying(
            SettingsRefusedException.class,
            e -> {
              assertThat(e.field()).isEqualTo("siteHoldPercent");
              assertThat(e.problem()).isEqualTo("must be 1 to 100");
            });
    assertThatThrownBy(
            () ->
                new WatchdogSettings(
                    true, List.of(CommandAction.RESTART), Duration.ZERO, MINUTE, 3, 50))
        .hasMessage("triggerSeconds must be 1 to 86400");
    assertThatThrownBy(
            () ->
                new WatchdogSettings(
                    true, List.of(CommandAction.RESTART), MINUTE, Duration.ofDays(2), 3, 50))
        .hasMessage("waitSeconds must be 1 to 86400");
    assertThatThrownBy(() -> WatchdogSettings.parseSteps("restart,nap"))
        .hasMessage("steps holds an unknown step 'nap'");
  }
}
