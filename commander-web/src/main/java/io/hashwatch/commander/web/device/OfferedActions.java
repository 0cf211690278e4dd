package io.hashwatch.commander.web.device;

import io.hashwatch.protocols.report.CommandAction;
import io.hashwatch.protocols.report.DeviceKind;
import java.util.List;

/**
 * The commands a device page offers for each kind of device (docs/API.md, "Commands"): what its
 * sentry can carry out for that kind. A power cycle is offered where a relay may power the device;
 * a sentry without one answers it {@code unsupported}.
 */
final class OfferedActions {
  private static final List<CommandAction> ASIC =
      List.of(
          CommandAction.RESTART,
          CommandAction.REBOOT,
          CommandAction.POWER_CYCLE,
          CommandAction.SLEEP,
          CommandAction.WAKE,
          CommandAction.SET_POOLS);
  private static final List<CommandAction> RIG =
      List.of(
          CommandAction.RESTART,
          CommandAction.REBOOT,
          CommandAction.POWER_CYCLE,
          CommandAction.SLEEP,
          CommandAction.WAKE);
  private static final List<CommandAction> PROGRAM =
      List.of(CommandAction.RESTART, CommandAction.SLEEP, CommandAction.WAKE);
  private static final List<CommandAction> RELAY = List.of(CommandAction.POWER_CYCLE);

  private OfferedActions() {}

  static List<CommandAction> forKind(DeviceKind kind) {
    return switch (kind) {
      case ASIC -> ASIC;
      case RIG -> RIG;
      case PROGRAM -> PROGRAM;
      case RELAY -> RELAY;
      // A GPU is driven through its rig and its programs, not on its own.
      case GPU -> List.of();
    };
  }

  /** What the confirmation asks, in words. */
  static String question(CommandAction action) {
    return switch (action) {
      case RESTART -> "Restart the mining program?";
      case REBOOT -> "Reboot the machine? It stops hashing until it is back.";
      case SLEEP -> "Put it to sleep? It stops hashing until woken.";
      case WAKE -> "Wake it, so that it hashes again?";
      case SET_POOLS -> "Replace its pools with these?";
      case POWER_OFF -> "Switch its power off?";
      case POWER_ON -> "Switch its power on?";
      case POWER_CYCLE -> "Cut its power and switch it on again?";
    };
  }
}
