package io.hashwatch.commander.web.watchdog;

import io.hashwatch.commander.access.Role;
import io.hashwatch.commander.watchdog.SettingsRefusedException;
import io.hashwatch.commander.watchdog.SettingsStore;
import io.hashwatch.commander.watchdog.Watchdog;
import io.hashwatch.commander.watchdog.WatchdogDevice;
import io.hashwatch.commander.watchdog.WatchdogSettings;
import io.hashwatch.commander.web.access.SignedIn;
import io.hashwatch.protocols.report.CommandAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The watchdog page: everyone sees its settings and the devices it is busy with; admins change the
 * settings (checked again in {@link #save()}, whatever the page rendered).
 */
@Named
@ViewScoped
public class WatchdogPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The choices of a ladder's step; empty ends the ladder there. */
  private static final List<String> STEP_CHOICES = List.of("", "restart", "reboot", "power-cycle");

  @Inject Watchdog watchdog;
  @Inject SignedIn me;

  private boolean enabled;
  private String step1;
  private String step2;
  private String step3;
  private long triggerSeconds;
  private long waitSeconds;
  private int maxCyclesPerDay;
  private int siteHoldPercent;
  private OffsetDateTime updated;
  private String updatedBy;
  private transient List<WatchdogDevice> devices;

  @PostConstruct
  void load() {
    SettingsStore.Stored stored = watchdog.settings();
    WatchdogSettings settings = stored.settings();
    enabled = settings.enabled();
    List<String> steps = settings.steps().stream().map(CommandAction::wire).toList();
    step1 = steps.size() > 0 ? steps.get(0) : "";
    step2 = steps.size() > 1 ? steps.get(1) : "";
    step3 = steps.size() > 2 ? steps.get(2) : "";
    triggerSeconds = settings.trigger().toSeconds();
    waitSeconds = settings.pause().toSeconds();
    maxCyclesPerDay = settings.maxCycles();
    siteHoldPercent = settings.siteHoldPercent();
    updated = stored.updated();
    updatedBy = stored.updatedBy();
  }

  public List<WatchdogDevice> getDevices() {
    if (devices == null) {
      devices = watchdog.devices();
    }
    return devices;
  }

  /** {@code time} for {@code fmt.time}, which takes offset times; {@code null} stays. */
  public OffsetDateTime utc(Instant time) {
    return time == null ? null : OffsetDateTime.ofInstant(time, ZoneOffset.UTC);
  }

  public List<String> getStepChoices() {
    return STEP_CHOICES;
  }

  public void save() {
    me.require(Role.ADMIN);
    List<CommandAction> steps = new ArrayList<>();
    // An empty choice arrives as null (Faces reads empty submitted values as null).
    for (String step : Arrays.asList(step1, step2, step3)) {
      if (step != null && !step.isBlank()) {
        steps.add(CommandAction.fromWire(step));
      }
    }
    try {
      WatchdogSettings settings =
          new WatchdogSettings(
              enabled,
              steps,
              Duration.ofSeconds(triggerSeconds),
              Duration.ofSeconds(waitSeconds),
              maxCyclesPerDay,
              siteHoldPercent);
      watchdog.save(settings, me.getName());
      load();
      say(
          FacesMessage.SEVERITY_INFO,
          "Watchdog " + (enabled ? "on" : "off") + ": " + settings.stepsText() + ".");
    } catch (SettingsRefusedException e) {
      say(FacesMessage.SEVERITY_ERROR, "Not saved: " + e.getMessage() + ".");
    }
  }

  private static void say(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getStep1() {
    return step1;
  }

  public void setStep1(String step1) {
    this.step1 = step1;
  }

  public String getStep2() {
    return step2;
  }

  public void setStep2(String step2) {
    this.step2 = step2;
  }

  public String getStep3() {
    return step3;
  }

  public void setStep3(String step3) {
    this.step3 = step3;
  }

  public long getTriggerSeconds() {
    return triggerSeconds;
  }

  public void setTriggerSeconds(long triggerSeconds) {
    this.triggerSeconds = triggerSeconds;
  }

  public long getWaitSeconds() {
    return waitSeconds;
  }

  public void setWaitSeconds(long waitSeconds) {
    this.waitSeconds = waitSeconds;
  }

  public int getMaxCyclesPerDay() {
    return maxCyclesPerDay;
  }

  public void setMaxCyclesPerDay(int maxCyclesPerDay) {
    this.maxCyclesPerDay = maxCyclesPerDay;
  }

  public int getSiteHoldPercent() {
    return siteHoldPercent;
  }

  public void setSiteHoldPercent(int siteHoldPercent) {
    this.siteHoldPercent = siteHoldPercent;
  }

  public OffsetDateTime getUpdated() {
    return updated;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
