package io.hashwatch.commander.web.racks;

import io.hashwatch.commander.racks.PlacedDevice;
import io.hashwatch.commander.racks.Slot;
import io.hashwatch.commander.web.ui.Format;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How one rack cell reads: its colour classes and its tooltip ({@code #{cells.title(d)}}). */
@Named("cells")
@ApplicationScoped
public class CellLook {
  @Inject Format fmt;

  /** The status and temperature classes of an occupied cell. */
  public String css(PlacedDevice device) {
    return "hw-status-"
        + device.status().wire()
        + " "
        + TemperatureBand.of(device.maxTempC()).cssClass();
  }

  /** Address, status, hashrate, temperature and place, for the cell's title. */
  public String title(PlacedDevice device) {
    return device.address()
        + (device.model() == null ? "" : " (" + device.model() + ")")
        + " · "
        + device.status().wire()
        + " · "
        + fmt.hashrate(device.hashrateHs())
        + " · "
        + fmt.temperature(device.maxTempC())
        + " · "
        + device.slot();
  }

  public String emptyTitle(Slot slot) {
    return slot + ": empty";
  }
}
