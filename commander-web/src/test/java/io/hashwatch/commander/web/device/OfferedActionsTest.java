package io.hashwatch.commander.web.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.DeviceKind;
import org.junit.jupiter.api.Test;

class OfferedActionsTest {

  @Test
  void eachKindIsOfferedWhatItsSentryCanDo() {
    assertThat(OfferedActions.forKind(DeviceKind.ASIC))
        .containsExactly(
            CommandAction.RESTART,
            CommandAction.REBOOT,
            CommandAction.POWER_CYCLE,
            CommandAction.SLEEP,
            CommandAction.WAKE,
            CommandAction.SET_POOLS);
    assertThat(OfferedActions.forKind(DeviceKind.RIG)).doesNotContain(CommandAction.SET_POOLS);
    assertThat(OfferedActions.forKind(DeviceKind.PROGRAM))
        .containsExactly(CommandAction.RESTART, CommandAction.SLEEP, CommandAction.WAKE);
    assertThat(OfferedActions.forKind(DeviceKind.RELAY)).containsExactly(CommandAction.POWER_CYCLE);
    assertThat(OfferedActions.forKind(DeviceKind.GPU)).isEmpty();
  }
}
