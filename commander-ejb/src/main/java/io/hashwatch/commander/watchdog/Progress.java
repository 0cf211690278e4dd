package io.hashwatch.commander.watchdog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The watchdog's progress with one device, one {@code watchdog_device} row.
 *
 * @param failingSince when the watchdog first saw it fail this time, or {@code null} while it is
 *     not failing (or is held back)
 * @param step the index in the ladder of the step taken last, or {@code null} outside a ladder
 * @param stepAt when that step was taken
 * @param commandId the command of that step, or {@code null}
 * @param cyclesDay the UTC day {@code cycles} counts, or {@code null}
 * @param cycles the ladders begun on {@code cyclesDay}
 * @param gaveUp when the whole ladder had not helped and the watchdog left it to people
 */
public record Progress(
    long deviceId,
    Instant failingSince,
    Integer step,
    Instant stepAt,
    Long commandId,
    LocalDate cyclesDay,
    int cycles,
    Instant gaveUp) {

  static Progress none(long deviceId) {
    return new Progress(deviceId, null, null, null, null, null, 0, null);
  }

  /** Ladders begun on {@code today}. */
  int cyclesOn(LocalDate today) {
    return today.equals(cyclesDay) ? cycles : 0;
  }

  /** Whether it says nothing the next run needs to know on {@code today}. */
  boolean emptyOn(LocalDate today) {
    return failingSince == null && step == null && gaveUp == null && cyclesOn(today) == 0;
  }

  Progress failingFrom(Instant since) {
    return new Progress(deviceId, since, step, stepAt, commandId, cyclesDay, cycles, gaveUp);
  }

  /** The ladder forgotten, the day's count kept (it bounds a device that keeps falling over). */
  Progress reset() {
    return new Progress(deviceId, null, null, null, null, cyclesDay, cycles, null);
  }

  Progress stepped(int index, Instant at) {
    return new Progress(deviceId, failingSince, index, at, null, cyclesDay, cycles, gaveUp);
  }

  Progress begun(Instant at, LocalDate today) {
    return new Progress(deviceId, failingSince, 0, at, null, today, cyclesOn(today) + 1, gaveUp);
  }

  Progress gaveUpAt(Instant at) {
    return new Progress(deviceId, failingSince, step, stepAt, commandId, cyclesDay, cycles, at);
  }

  Progress withCommand(long id) {
    return new Progress(deviceId, failingSince, step, stepAt, id, cyclesDay, cycles, gaveUp);
  }
}
