package io.hashwatch.commander.web.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.actions.CommandStatus;
import io.hashwatch.commander.actions.CommandView;
import io.hashwatch.commander.telemetry.PollFailure;
import io.hashwatch.protocols.report.CommandAction;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceEventTest {
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-30T10:00:00Z");

  private static CommandView command(long id, int minute, CommandStatus status, String detail) {
    OffsetDateTime created = T0.plusMinutes(minute);
    return new CommandView(
        id,
        7,
        1,
        "10.0.0.7:4028",
        CommandAction.REBOOT,
        List.of(),
        status,
        "ops-anna",
        created,
        created.plusSeconds(5),
        status.isPending() ? null : created.plusSeconds(40),
        created.plusMinutes(10),
        detail);
  }

  @Test
  void commandsAndFailedPollsTogetherNewestFirst() {
    List<DeviceEvent> events =
        DeviceEvent.merge(
            List.of(
                command(2, 5, CommandStatus.SENT, null),
                command(1, 1, CommandStatus.SUCCEEDED, "rebooting")),
            List.of(
                new PollFailure(T0.plusMinutes(3), "unreachable", List.of("timed out", "no route")),
                new PollFailure(T0, "rejected", List.of("STATUS=E"))));

    assertThat(events)
        .containsExactly(
            new DeviceEvent(T0.plusMinutes(5), "command", "reboot", "ops-anna", "sent", null, null),
            new DeviceEvent(
                T0.plusMinutes(3),
                "poll",
                "unreachable",
                null,
                "unreachable",
                "timed out; no route",
                null),
            new DeviceEvent(
                T0.plusMinutes(1),
                "command",
                "reboot",
                "ops-anna",
                "succeeded",
                "rebooting",
                T0.plusMinutes(1).plusSeconds(40)),
            new DeviceEvent(T0, "poll", "rejected", null, "rejected", "STATUS=E", null));
  }
}
