package io.hashwatch.commander.web.device;

import io.hashwatch.commander.actions.CommandView;
import io.hashwatch.commander.telemetry.PollFailure;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a device's recent events: a command sent to it, or a poll that gave no reading.
 *
 * @param kind {@code command} or {@code poll}
 * @param what the command's action, or the poll's result ({@code unreachable}...)
 * @param who who asked for the command; {@code null} for a poll
 * @param status the command's status, or the poll's result
 * @param detail what the sentry said of the command, or why the poll gave no reading
 * @param finished when the command ended; {@code null} for a poll and a pending command
 */
public record DeviceEvent(
    OffsetDateTime time,
    String kind,
    String what,
    String who,
    String status,
    String detail,
    OffsetDateTime finished) {

  static DeviceEvent of(CommandView command) {
    return new DeviceEvent(
        command.created(),
        "command",
        command.action().wire(),
        command.createdBy(),
        command.status().wire(),
        command.detail(),
        command.finished());
  }

  static DeviceEvent of(PollFailure failure) {
    return new DeviceEvent(
        failure.time(),
        "poll",
        failure.result(),
        null,
        failure.result(),
        String.join("; ", failure.errors()),
        null);
  }

  /** Commands and failed polls together, newest first. */
  static List<DeviceEvent> merge(List<CommandView> commands, List<PollFailure> failures) {
    List<DeviceEvent> events = new ArrayList<>(commands.size() + failures.size());
    commands.forEach(command -> events.add(of(command)));
    failures.forEach(failure -> events.add(of(failure)));
    events.sort(Comparator.comparing(DeviceEvent::time).reversed());
    return events;
  }
}
