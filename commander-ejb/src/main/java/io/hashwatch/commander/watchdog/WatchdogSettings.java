package io.hashwatch.commander.watchdog;

import io.hashwatch.protocols.report.CommandAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the watchdog works, as an admin set it.
 *
 * @param steps the ladder, in order: 1 to 3 of restart, reboot and power-cycle, none twice
 * @param trigger how long a device fails before its ladder begins
 * @param pause how long after each step the device may take to come back before the next
 * @param maxCycles how many ladders a device may begin per UTC day
 * @param siteHoldPercent a site (or a sentry's devices without one) is held back while more than
 *     this share of its watched devices fail at once: a power or network cut, not hung miners
 */
public record WatchdogSettings(
    boolean enabled,
    List<CommandAction> steps,
    Duration trigger,
    Duration pause,
    int maxCycles,
    int siteHoldPercent) {

  /** The actions a ladder may use. */
  public static final Set<CommandAction> STEP_ACTIONS =
      EnumSet.of(CommandAction.RESTART, CommandAction.REBOOT, CommandAction.POWER_CYCLE);

  private static final Duration MAX_DURATION = Duration.ofDays(1);
  private static final int MAX_CYCLES = 100;

  /**
   * What the watchdog does until an admin saves settings: nothing (an operator turns it on
   * knowingly), with the ladder the issue asks for ready.
   */
  public static final WatchdogSettings DEFAULTS =
      new WatchdogSettings(
          false,
          List.of(CommandAction.RESTART, CommandAction.REBOOT, CommandAction.POWER_CYCLE),
          Duration.ofMinutes(10),
          Duration.ofMinutes(5),
          3,
          50);

  public WatchdogSettings {
    if (steps == null || steps.isEmpty() || steps.size() > STEP_ACTIONS.size()) {
      throw new SettingsRefusedException("steps", "must hold 1 to 3 steps");
    }
    steps = List.copyOf(steps);
    if (!STEP_ACTIONS.containsAll(steps)) {
      throw new SettingsRefusedException("steps", "may only be restart, reboot and power-cycle");
    }
    if (new HashSet<>(steps).size() != steps.size()) {
      throw new SettingsRefusedException("steps", "must not repeat a step");
    }
    requireSeconds("triggerSeconds", trigger);
    requireSeconds("waitSeconds", pause);
    if (maxCycles < 1 || maxCycles > MAX_CYCLES) {
      throw new SettingsRefusedException("maxCyclesPerDay", "must be 1 to " + MAX_CYCLES);
    }
    if (siteHoldPercent < 1 || siteHoldPercent > 100) {
      throw new SettingsRefusedException("siteHoldPercent", "must be 1 to 100");
    }
  }

  /** The steps as stored and shown: {@code restart,reboot,power-cycle}. */
  public String stepsText() {
    return steps.stream().map(CommandAction::wire).collect(Collectors.joining(","));
  }

  /** The steps of {@code text} ({@link #stepsText()}'s form). */
  public static List<CommandAction> parseSteps(String text) {
    List<CommandAction> steps = new ArrayList<>();
    for (String name : text.split(",")) {
      CommandAction action = CommandAction.fromWire(name.strip());
      if (action == null) {
        throw new SettingsRefusedException("steps", "holds an unknown step '" + name + "'");
      }
      steps.add(action);
    }
    return steps;
  }

  private static void requireSeconds(String field, Duration duration) {
    if (duration == null
        || duration.compareTo(Duration.ofSeconds(1)) < 0
        || duration.compareTo(MAX_DURATION) > 0) {
      throw new SettingsRefusedException(field, "must be 1 to " + MAX_DURATION.toSeconds());
    }
  }
}
