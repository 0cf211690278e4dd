package io.hashwatch.commander.racks;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.fleet.DeviceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RackGridTest {

  @Test
  void drawsRowsOfRacksOfShelvesOfSlotsWithTheirDevices() {
    PlacedDevice miner = device(7, new Slot(2, 1, 3, 2));

    RackGrid grid = RackGrid.of(new RackLayout(2, 2, 3, 2), List.of(miner));

    assertThat(grid.rows()).extracting(RackGrid.Row::number).containsExactly(1, 2);
    RackGrid.Row second = grid.rows().get(1);
    assertThat(second.racks()).extracting(RackGrid.Rack::number).containsExactly(1, 2);
    RackGrid.Rack rack = second.racks().get(0);
    assertThat(rack.shelves()).extracting(RackGrid.Shelf::number).containsExactly(1, 2, 3);
    List<RackGrid.Cell> shelf = rack.shelves().get(2).cells();
    assertThat(shelf)
        .extracting(RackGrid.Cell::slot)
        .containsExactly(new Slot(2, 1, 3, 1), new Slot(2, 1, 3, 2));
    assertThat(shelf.get(0).isEmpty()).isTrue();
    assertThat(shelf.get(1).device()).isEqualTo(miner);
    long filled =
        grid.rows().stream()
            .flatMap(r -> r.racks().stream())
            .flatMap(r -> r.shelves().stream())
            .flatMap(s -> s.cells().stream())
            .filter(c -> !c.isEmpty())
            .count();
    assertThat(filled).isEqualTo(1);
  }

  @Test
  void aMapWithoutLayoutHasNoCells() {
    RackMap map = new RackMap(new SiteName(1, "hall"), null, List.of(), List.of());

    assertThat(map.grid().rows()).isEmpty();
  }

  private static PlacedDevice device(long id, Slot slot) {
    return new PlacedDevice(id, "10.0.0." + id, "S19", slot, DeviceStatus.ONLINE, 1e14, 70.0);
  }
}
