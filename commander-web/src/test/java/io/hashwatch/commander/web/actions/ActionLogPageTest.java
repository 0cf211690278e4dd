package io.hashwatch.commander.web.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.actions.CommandFilter;
import io.hashwatch.commander.actions.CommandStatus;
import io.hashwatch.protocols.report.CommandAction;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActionLogPageTest {

  @Test
  void theGetParametersBecomeTheFilter() {
    ActionLogPage page = new ActionLogPage();
    page.setWho(" alice ");
    page.setAction("power-cycle");
    page.setStatus("succeeded");
    page.setDay("2026-11-30");

    CommandFilter filter = page.filter();

    assertThat(filter)
        .isEqualTo(
            new CommandFilter(
                null,
                CommandStatus.SUCCEEDED,
                "alice",
                CommandAction.POWER_CYCLE,
                OffsetDateTime.of(2026, 11, 30, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                ActionLogPage.SHOWN));
  }

  @Test
  void blankParametersMeanAnyAndBadOnesAreLeftOutAndNamed() {
    ActionLogPage page = new ActionLogPage();
    page.setWho("  ");
    page.setAction("explode");
    page.setStatus("done");
    page.setDay("30.11.2026");

    CommandFilter filter = page.filter();

    assertThat(filter).isEqualTo(CommandFilter.all(ActionLogPage.SHOWN));
    assertThat(page.getWho()).isNull();
    assertThat(page.ignored()).isEqualTo("action status day");
  }
}
