package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.actions.CommandStatus;
import io.hashwatch.protocols.report.CommandAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The watchdog's decisions for one run, from the devices' facts and their stored progress, with no
 * I/O: the caller reads, decides with it, and writes what it says.
 *
 * <p>A watched device (not a relay, not a GPU, not sleeping) fails when it is offline, or reports
 * with hashrate 0. Failing for {@code trigger} begins a ladder (at most {@code maxCycles} a UTC
 * day); each next step comes after {@code pause}, or at once when the previous step's command
 * failed, was unsupported or expired; after the last step's wait the watchdog gives up and opens
 * "needs hands", once. A device that hashes again ends its ladder and resolves that alert.
 *
 * <p>Held back, because no command would help: the failing devices of a site (or of a sentry
 * without one) when more than {@code siteHoldPercent} of its watched devices fail at once and more
 * than one does (a power or network cut), and those of a sentry not heard from for over {@link
 * #SENTRY_SILENT} (the sentry is down, not its miners).
 */
public final class WatchdogPolicy {
  /** A sentry quiet for longer than this says nothing about its devices. */
  public static final Duration SENTRY_SILENT = Duration.ofMinutes(2);

  private WatchdogPolicy() {}

  /** One decision per watched device that is failing, in a ladder, or has progress stored. */
  public static List<Decision> decide(
      Instant now,
      WatchdogSettings settings,
      List<WatchedDevice> devices,
      Map<Long, Progress> progress) {
    List<WatchedDevice> watched =
        devices.stream().filter(WatchedDevice::watchable).filter(d -> !d.sleeping()).toList();
    Map<String, String> heldGroups = heldGroups(watched, settings.siteHoldPercent());
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<Decision> decisions = new ArrayList<>();
    for (WatchedDevice device : devices) {
      Progress stored = progress.get(device.id());
      if (!device.watchable() || device.sleeping()) {
        if (stored != null) {
          // Put to sleep (or not watchable any more): its ladder ends, its alert stays.
          decisions.add(Decision.store(device, stored, ended(stored.reset(), today), null));
        }
        continue;
      }
      Decision decision =
          decide(now, today, settings, device, stored, heldBack(now, device, heldGroups));
      if (decision != null) {
        decisions.add(decision);
      }
    }
    return decisions;
  }

  private static Decision decide(
      Instant now,
      LocalDate today,
      WatchdogSettings settings,
      WatchedDevice device,
      Progress stored,
      String held) {
    Progress before = stored == null ? Progress.none(device.id()) : stored;
    if (device.healthy()) {
      if (stored == null) {
        return null;
      }
      Decision.Alert alert = stored.gaveUp() != null ? Decision.Alert.RESOLVE : Decision.Alert.NONE;
      return new Decision(device, stored, ended(stored.reset(), today), null, alert, null, null);
    }
    if (!device.failing() || before.gaveUp() != null) {
      // Neither failing nor hashing (an error, no data yet), or left to people: wait and see.
      return stored == null ? null : Decision.keep(device, stored, null);
    }
    if (held != null) {
      // The trigger counts again once the hold ends: a device back from a power cut boots first.
      Progress after = before.step() == null ? before.failingFrom(null) : before;
      return Decision.store(device, stored, ended(after, today), held);
    }
    Progress failing = before.failingSince() == null ? before.failingFrom(now) : before;
    if (failing.step() == null) {
      return begin(now, today, settings, device, stored, failing);
    }
    return next(now, settings, device, stored, failing);
  }

  private static Decision begin(
      Instant now,
      LocalDate today,
      WatchdogSettings settings,
      WatchedDevice device,
      Progress stored,
      Progress failing) {
    if (Duration.between(failing.failingSince(), now).compareTo(settings.trigger()) < 0) {
      return Decision.store(device, stored, failing, null);
    }
    if (failing.cyclesOn(today) >= settings.maxCycles()) {
      return Decision.store(
          device,
          stored,
          failing,
          failing.cyclesOn(today)
              + " ladders began today, the most a day; waits for tomorrow (UTC)");
    }
    return new Decision(
        device,
        stored,
        failing.begun(now, today),
        settings.steps().get(0),
        Decision.Alert.NONE,
        null,
        null);
  }

  private static Decision next(
      Instant now,
      WatchdogSettings settings,
      WatchedDevice device,
      Progress stored,
      Progress failing) {
    boolean stepFailed = endedBadly(device.stepResult());
    boolean waited = !Duration.between(failing.stepAt(), now).minus(settings.pause()).isNegative();
    if (!stepFailed && !waited) {
      return Decision.store(device, stored, failing, null);
    }
    int nextStep = failing.step() + 1;
    if (nextStep < settings.steps().size()) {
      return new Decision(
          device,
          stored,
          failing.stepped(nextStep, now),
          settings.steps().get(nextStep),
          Decision.Alert.NONE,
          null,
          null);
    }
    String tried =
        settings.steps().stream()
            .limit(failing.step() + 1L)
            .map(CommandAction::wire)
            .collect(Collectors.joining(", "));
    String message =
        device.address() + " still fails after the watchdog's " + tried + ": needs hands";
    return new Decision(
        device, stored, failing.gaveUpAt(now), null, Decision.Alert.OPEN, null, message);
  }

  private static boolean endedBadly(CommandStatus result) {
    return result == CommandStatus.FAILED
        || result == CommandStatus.UNSUPPORTED
        || result == CommandStatus.EXPIRED;
  }

  /** {@code progress}, or {@code null} (delete the row) when it holds nothing worth keeping. */
  private static Progress ended(Progress progress, LocalDate today) {
    return progress.emptyOn(today) ? null : progress;
  }

  private static String heldBack(Instant now, WatchedDevice device, Map<String, String> groups) {
    if (!device.failing()) {
      return null;
    }
    if (device.sentrySeen() == null
        || Duration.between(device.sentrySeen(), now).compareTo(SENTRY_SILENT) > 0) {
      return "its sentry has not been heard from for over "
          + SENTRY_SILENT.toMinutes()
          + " min: the sentry is down, not the device";
    }
    return groups.get(device.group());
  }

  /** Why each group that fails as a whole is held back. */
  private static Map<String, String> heldGroups(List<WatchedDevice> watched, int holdPercent) {
    Map<String, int[]> counts = new HashMap<>();
    for (WatchedDevice device : watched) {
      int[] count = counts.computeIfAbsent(device.group(), group -> new int[2]);
      count[0]++;
      if (device.failing()) {
        count[1]++;
      }
    }
    Map<String, String> held = new HashMap<>();
    counts.forEach(
        (group, count) -> {
          if (count[1] > 1 && count[1] * 100L > (long) holdPercent * count[0]) {
            held.put(
                group,
                count[1]
                    + " of "
                    + count[0]
                    + " devices of "
                    + group
                    + " fail at once: a power or network cut, held back");
          }
        });
    return held;
  }
}
