package io.hashwatch.commander.alerts;

import io.hashwatch.commander.alerts.Conditions.ShareCount;
import io.hashwatch.commander.alerts.Conditions.ShareWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Whether a device rule's condition holds for one device. Every figure rule needs a device that
 * reports: a device that does not is the offline rule's business, and its figure alerts resolve.
 */
final class DeviceChecks {
  /** The rejected rate is taken over one to two of these. */
  static final Duration SHARE_WINDOW = Duration.ofMinutes(10);

  private DeviceChecks() {}

  static Finding check(
      AlertRule rule, DeviceFacts device, List<String> trustedPools, ShareWindow shares) {
    if (rule.kind() == RuleKind.DEVICE_OFFLINE) {
      return Finding.when("offline".equals(device.status()), device.address() + " offline");
    }
    if (!device.reporting()) {
      return Finding.ABSENT;
    }
    return switch (rule.kind()) {
      case HASHRATE_LOW -> hashrateLow(device, rule.threshold());
      case TEMPERATURE_HIGH -> temperatureHigh(device, rule.threshold());
      case FAN_STOPPED -> fanStopped(device);
      case CHIPS_MISSING -> chipsMissing(device);
      case REJECTED_HIGH -> rejectedHigh(device, rule.threshold(), shares);
      case POOL_UNTRUSTED -> poolUntrusted(device, trustedPools);
      case DEVICE_OFFLINE, SENTRY_SILENT, SENTRY_DROPPING, NEEDS_HANDS ->
          throw new IllegalArgumentException(rule.kind().wire() + " is not a figure rule");
    };
  }

  private static Finding hashrateLow(DeviceFacts device, double percent) {
    Double hashrate = device.hashrateHs();
    boolean expected = positive(device.expectedHashrateHs());
    Double reference = expected ? device.expectedHashrateHs() : device.medianHashrateHs1h();
    if (hashrate == null || !positive(reference)) {
      return Finding.ABSENT;
    }
    return Finding.when(
        hashrate < reference * percent / 100,
        String.format(
            Locale.ROOT,
            "%s hashing %s, %s %% of its %s %s",
            device.address(),
            Figures.hashrate(hashrate),
            Figures.number(Math.round(hashrate * 1000 / reference) / 10.0),
            expected ? "expected" : "1-hour median",
            Figures.hashrate(reference)));
  }

  private static Finding temperatureHigh(DeviceFacts device, double limitC) {
    Double temp = device.maxTempC();
    if (temp == null) {
      return Finding.ABSENT;
    }
    return Finding.when(
        temp > limitC,
        device.address()
            + " at "
            + Figures.number(temp)
            + " °C, above "
            + Figures.number(limitC)
            + " °C");
  }

  private static Finding fanStopped(DeviceFacts device) {
    int stopped = device.fansRpm().indexOf(0);
    return Finding.when(stopped >= 0, device.address() + " fan " + (stopped + 1) + " at 0 RPM");
  }

  private static Finding chipsMissing(DeviceFacts device) {
    boolean chips = fewer(device.chipsFound(), device.chipsExpected());
    boolean boards = fewer(device.boardsFound(), device.boardsExpected());
    StringBuilder message = new StringBuilder(device.address()).append(" has");
    if (boards) {
      message.append(' ').append(device.boardsFound()).append(" of ");
      message.append(device.boardsExpected()).append(" boards").append(chips ? "," : "");
    }
    if (chips) {
      message.append(' ').append(device.chipsFound()).append(" of ");
      message.append(device.chipsExpected()).append(" chips");
    }
    return Finding.when(chips || boards, message.toString());
  }

  private static Finding rejectedHigh(DeviceFacts device, double percent, ShareWindow shares) {
    if (device.accepted() == null || device.rejected() == null) {
      return Finding.ABSENT;
    }
    if (shares == null || counterReset(device, shares.newer())) {
      return Finding.UNKNOWN;
    }
    long accepted = device.accepted() - shares.older().accepted();
    long rejected = device.rejected() - shares.older().rejected();
    if (accepted + rejected == 0) {
      return Finding.UNKNOWN;
    }
    double rate = rejected * 100.0 / (accepted + rejected);
    return Finding.when(
        rate > percent,
        String.format(
            Locale.ROOT,
            "%s rejected %.1f %% of its shares, above %s %%",
            device.address(),
            rate,
            Figures.number(percent)));
  }

  private static Finding poolUntrusted(DeviceFacts device, List<String> trustedPools) {
    String pool = device.activePoolUrl();
    if (trustedPools.isEmpty() || pool == null || pool.isBlank()) {
      return Finding.ABSENT;
    }
    boolean trusted = trustedPools.stream().anyMatch(t -> samePool(t, pool));
    return Finding.when(!trusted, device.address() + " mines on " + pool + ", not a trusted pool");
  }

  /** The device's share window after this evaluation, or {@code null} if it has no counters. */
  static ShareWindow nextShares(ShareWindow before, DeviceFacts device, Instant now) {
    if (device.accepted() == null || device.rejected() == null) {
      return null;
    }
    ShareCount current = new ShareCount(now, device.accepted(), device.rejected());
    if (before == null || counterReset(device, before.newer())) {
      return new ShareWindow(current, current);
    }
    return Duration.between(before.newer().at(), now).compareTo(SHARE_WINDOW) >= 0
        ? new ShareWindow(before.newer(), current)
        : before;
  }

  /** Its miner restarted: the counters went back. */
  private static boolean counterReset(DeviceFacts device, ShareCount newer) {
    return device.accepted() < newer.accepted() || device.rejected() < newer.rejected();
  }

  /** Pool URLs compare without case, surrounding blanks or a trailing slash. */
  static boolean samePool(String a, String b) {
    return normal(a).equals(normal(b));
  }

  private static String normal(String url) {
    String trimmed = url.trim().toLowerCase(Locale.ROOT);
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  private static boolean fewer(Integer found, Integer expected) {
    return found != null && expected != null && found < expected;
  }

  private static boolean positive(Double value) {
    return value != null && value > 0;
  }
}
