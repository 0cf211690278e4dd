package io.hashwatch.commander.racks;

import java.util.List;

/**
 * One site's rack map as the control room draws it.
 *
 * @param layout its racks, or {@code null} before an admin laid them out
 * @param placed its devices in their slots
 * @param unplaced the devices of this site that stand in no slot yet, in address order
 */
public record RackMap(
    SiteName site, RackLayout layout, List<PlacedDevice> placed, List<DeviceAddress> unplaced) {
  public RackMap {
    placed = List.copyOf(placed);
    unplaced = List.copyOf(unplaced);
  }

  /** The cells to draw, empty before a layout is set. */
  public RackGrid grid() {
    return layout == null ? RackGrid.EMPTY : RackGrid.of(layout, placed);
  }
}
