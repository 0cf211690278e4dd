package io.hashwatch.commander.racks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a site's racks stand: {@code rows} rows of {@code racksPerRow} racks, each rack {@code
 * shelvesPerRack} shelves of {@code slotsPerShelf} slots. Bounded so that one page can draw it.
 */
public record RackLayout(int rows, int racksPerRow, int shelvesPerRack, int slotsPerShelf) {
  /** The most of each dimension. */
  public static final int MAX_EACH = 100;

  /** The most cells of one site. */
  public static final int MAX_CELLS = 50_000;

  public RackLayout {
    check("rows", rows);
    check("racks per row", racksPerRow);
    check("shelves per rack", shelvesPerRack);
    check("slots per shelf", slotsPerShelf);
    long cells = (long) rows * racksPerRow * shelvesPerRack * slotsPerShelf;
    if (cells > MAX_CELLS) {
      throw new PlacementRefusedException(
          "a site has at most " + MAX_CELLS + " slots; this layout has " + cells);
    }
  }

  private static void check(String what, int value) {
    if (value < 1 || value > MAX_EACH) {
      throw new PlacementRefusedException(what + " must be 1 to " + MAX_EACH + ", not " + value);
    }
  }

  public int cells() {
    return rows * racksPerRow * shelvesPerRack * slotsPerShelf;
  }

  public boolean contains(Slot slot) {
    return slot.row() <= rows
        && slot.rack() <= racksPerRow
        && slot.shelf() <= shelvesPerRack
        && slot.slot() <= slotsPerShelf;
  }

  /** Throws unless {@code slot} is inside this layout. */
  public void require(Slot slot) {
    if (!contains(slot)) {
      throw new PlacementRefusedException(
          slot
              + " is outside this site's racks ("
              + rows
              + " rows, "
              + racksPerRow
              + " racks per row, "
              + shelvesPerRack
              + " shelves per rack, "
              + slotsPerShelf
              + " slots per shelf)");
    }
  }

  /**
   * The first {@code count} slots not in {@code taken}, in reading order: row by row, rack by rack,
   * shelf by shelf, slot by slot; fewer when the racks are full.
   */
  public List<Slot> freeSlots(Set<Slot> taken, int count) {
    List<Slot> free = new ArrayList<>();
    for (int row = 1; row <= rows; row++) {
      for (int rack = 1; rack <= racksPerRow; rack++) {
        for (int shelf = 1; shelf <= shelvesPerRack; shelf++) {
          for (int slot = 1; slot <= slotsPerShelf; slot++) {
            if (free.size() == count) {
              return free;
            }
            Slot candidate = new Slot(row, rack, shelf, slot);
            if (!taken.contains(candidate)) {
              free.add(candidate);
            }
          }
        }
      }
    }
    return free;
  }
}
