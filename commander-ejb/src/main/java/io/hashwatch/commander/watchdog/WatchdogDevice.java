package io.hashwatch.commander.watchdog;

import io.hashwatch.protocols.report.CommandAction;
import java.time.Instant;

/**
 * A device the watchdog is busy with, as the API and the page show it.
 *
 * @param failingSince when the watchdog saw it fail, or {@code null} (held back, or between steps
 *     of a ladder ended)
 * @param step the step taken last, or {@code null} before the ladder began
 * @param commandId that step's command, or {@code null}
 * @param gaveUp when the watchdog left it to people ("needs hands"), or {@code null}
 * @param heldBack why it is left alone for now, or {@code null}
 */
public record WatchdogDevice(
    long deviceId,
    String address,
    Instant failingSince,
    CommandAction step,
    Instant stepAt,
    Long commandId,
    int cyclesToday,
    Instant gaveUp,
    String heldBack) {}
