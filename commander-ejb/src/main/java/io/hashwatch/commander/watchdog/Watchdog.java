package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The watchdog as the API and the page see it: its settings and the devices it is busy with. */
@Stateless
public class Watchdog {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  @Inject
  @ConfigProperty(name = "hashwatch.commands.expire-after", defaultValue = "PT10M")
  Duration commandExpiry;

  Clock clock = Clock.systemUTC();

  public SettingsStore.Stored settings() {
    try {
      return new SettingsStore(dataSource).read();
    } catch (SQLException e) {
      throw new StorageException("reading the watchdog's settings failed", e);
    }
  }

  /** Saves {@code settings} as {@code by} set them. */
  public void save(WatchdogSettings settings, String by) {
    try {
      new SettingsStore(dataSource).write(settings, by, OffsetDateTime.now(clock));
    } catch (SQLException e) {
      throw new StorageException("saving the watchdog's settings failed", e);
    }
  }

  /**
   * The devices in a ladder, given up on, or held back, as stored, with the reason the next run
   * would hold each back.
   */
  public List<WatchdogDevice> devices() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    WatchdogSettings settings = settings().settings();
    List<Decision> decisions;
    try {
      decisions =
          new WatchdogCycle(dataSource, clock, offlineAfter, commandExpiry).decide(now, settings);
    } catch (SQLException e) {
      throw new StorageException("reading the watchdog's devices failed", e);
    }
    List<WatchdogDevice> devices = new ArrayList<>();
    for (Decision decision : decisions) {
      Progress stored = decision.before();
      boolean busy =
          stored != null
              && (stored.failingSince() != null
                  || stored.step() != null
                  || stored.gaveUp() != null);
      if (!busy && decision.heldBack() == null) {
        continue;
      }
      Progress shown = stored == null ? Progress.none(decision.device().id()) : stored;
      Integer step = shown.step();
      devices.add(
          new WatchdogDevice(
              shown.deviceId(),
              decision.device().address(),
              shown.failingSince(),
              step == null || step >= settings.steps().size() ? null : settings.steps().get(step),
              shown.stepAt(),
              shown.commandId(),
              shown.cyclesOn(today),
              shown.gaveUp(),
              decision.heldBack()));
    }
    return devices;
  }
}
