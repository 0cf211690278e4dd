package io.hashwatch.commander.racks;

/** One place in a site's racks, every number counted from 1. */
public record Slot(int row, int rack, int shelf, int slot) {
  public Slot {
    if (row < 1 || rack < 1 || shelf < 1 || slot < 1) {
      throw new PlacementRefusedException(
          "row, rack, shelf and slot are counted from 1, not " + describe(row, rack, shelf, slot));
    }
  }

  @Override
  public String toString() {
    return describe(row, rack, shelf, slot);
  }

  private static String describe(int row, int rack, int shelf, int slot) {
    return "row " + row + " rack " + rack + " shelf " + shelf + " slot " + slot;
  }
}
