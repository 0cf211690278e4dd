package io.hashwatch.commander.alerts;

/**
 * What a rule watches. The meaning of a rule's {@link AlertRule#threshold() threshold} depends on
 * the kind; kinds that need none ignore it.
 */
public enum RuleKind {
  /** The device's status is offline: it did not answer, or nothing was heard of it for too long. */
  DEVICE_OFFLINE("device-offline", false, false),
  /**
   * A reporting device hashes below threshold % of its expected hashrate, or of its own 1-hour
   * median when it has no expected one.
   */
  HASHRATE_LOW("hashrate-low", false, true),
  /** A reporting device's hottest chip or board is above threshold °C. */
  TEMPERATURE_HIGH("temperature-high", false, true),
  /** A reporting device has a fan at 0 RPM. */
  FAN_STOPPED("fan-stopped", false, false),
  /** A reporting device has fewer chips or boards than its model should. */
  CHIPS_MISSING("chips-missing", false, false),
  /**
   * A reporting device's rejected shares are above threshold % of its shares over the last {@link
   * DeviceChecks#SHARE_WINDOW} to twice that.
   */
  REJECTED_HIGH("rejected-high", false, true),
  /** A reporting device mines on a pool that is not on the farm's trusted list (if it has one). */
  POOL_UNTRUSTED("pool-untrusted", false, false),
  /**
   * No batch came from a sentry for more than threshold seconds; the sustain counts from its last
   * batch.
   */
  SENTRY_SILENT("sentry-silent", true, true),
  /** A sentry's count of dropped readings rose since the previous evaluation. */
  SENTRY_DROPPING("sentry-dropping", true, false),
  /**
   * The watchdog went through its whole ladder for a device and it still fails: someone has to go
   * and look. Raised by the watchdog, never by a rule.
   */
  NEEDS_HANDS("needs-hands", false, false, false);

  private final String wire;
  private final boolean aboutSentries;
  private final boolean needsThreshold;
  private final boolean ruled;

  RuleKind(String wire, boolean aboutSentries, boolean needsThreshold) {
    this(wire, aboutSentries, needsThreshold, true);
  }

  RuleKind(String wire, boolean aboutSentries, boolean needsThreshold, boolean ruled) {
    this.wire = wire;
    this.aboutSentries = aboutSentries;
    this.needsThreshold = needsThreshold;
    this.ruled = ruled;
  }

  /** Whether rules watch it; the others are raised by the commander's own work (the watchdog). */
  public boolean ruled() {
    return ruled;
  }

  public String wire() {
    return wire;
  }

  /** Whether its subjects are sentries rather than devices. */
  public boolean aboutSentries() {
    return aboutSentries;
  }

  /** Whether a rule of this kind means nothing without a threshold. */
  public boolean needsThreshold() {
    return needsThreshold;
  }

  /** The kind named {@code wire}, or {@code null} when there is none of that name. */
  public static RuleKind fromWire(String wire) {
    for (RuleKind kind : values()) {
      if (kind.wire.equals(wire)) {
        return kind;
      }
    }
    return null;
  }
}
