package io.hashwatch.commander.racks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layout's cells in drawing order, each with the device standing there or none: rows of racks,
 * each rack a column of shelves, each shelf a row of slots.
 */
public record RackGrid(List<Row> rows) {
  static final RackGrid EMPTY = new RackGrid(List.of());

  public RackGrid {
    rows = List.copyOf(rows);
  }

  public record Row(int number, List<Rack> racks) {}

  public record Rack(int number, List<Shelf> shelves) {}

  public record Shelf(int number, List<Cell> cells) {}

  /** One slot; {@code device} is {@code null} when it is empty. */
  public record Cell(Slot slot, PlacedDevice device) {
    public boolean isEmpty() {
      return device == null;
    }
  }

  /** The grid of {@code layout}; devices outside it are left out. */
  public static RackGrid of(RackLayout layout, List<PlacedDevice> placed) {
    Map<Slot, PlacedDevice> bySlot = new HashMap<>();
    placed.forEach(device -> bySlot.put(device.slot(), device));
    List<Row> rows = new ArrayList<>(layout.rows());
    for (int row = 1; row <= layout.rows(); row++) {
      List<Rack> racks = new ArrayList<>(layout.racksPerRow());
      for (int rack = 1; rack <= layout.racksPerRow(); rack++) {
        List<Shelf> shelves = new ArrayList<>(layout.shelvesPerRack());
        for (int shelf = 1; shelf <= layout.shelvesPerRack(); shelf++) {
          List<Cell> cells = new ArrayList<>(layout.slotsPerShelf());
          for (int slot = 1; slot <= layout.slotsPerShelf(); slot++) {
            Slot at = new Slot(row, rack, shelf, slot);
            cells.add(new Cell(at, bySlot.get(at)));
          }
          shelves.add(new Shelf(shelf, cells));
        }
        racks.add(new Rack(rack, shelves));
      }
      rows.add(new Row(row, racks));
    }
    return new RackGrid(rows);
  }
}
