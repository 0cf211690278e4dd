package io.hashwatch.commander.racks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RackLayoutTest {

  @Test
  void countsItsCellsAndKnowsWhatIsInside() {
    RackLayout layout = new RackLayout(2, 3, 4, 5);

    assertThat(layout.cells()).isEqualTo(120);
    assertThat(layout.contains(new Slot(2, 3, 4, 5))).isTrue();
    assertThat(layout.contains(new Slot(1, 1, 1, 1))).isTrue();
    assertThat(layout.contains(new Slot(3, 1, 1, 1))).isFalse();
    assertThat(layout.contains(new Slot(1, 4, 1, 1))).isFalse();
    assertThat(layout.contains(new Slot(1, 1, 5, 1))).isFalse();
    assertThat(layout.contains(new Slot(1, 1, 1, 6))).isFalse();
  }

  @Test
  void eachDimensionIsOneToAHundred() {
    assertThatThrownBy(() -> new RackLayout(0, 1, 1, 1))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessage("rows must be 1 to 100, not 0");
    assertThatThrownBy(() -> new RackLayout(1, 101, 1, 1))
        .hasMessage("racks per row must be 1 to 100, not 101");
    assertThatThrownBy(() -> new RackLayout(1, 1, -3, 1))
        .hasMessage("shelves per rack must be 1 to 100, not -3");
    assertThatThrownBy(() -> new RackLayout(1, 1, 1, 0))
        .hasMessage("slots per shelf must be 1 to 100, not 0");
    assertThat(new RackLayout(100, 1, 1, 100).cells()).isEqualTo(10_000);
  }

  @Test
  void aSiteHasAtMostFiftyThousandCells() {
    assertThat(new RackLayout(10, 10, 10, 50).cells()).isEqualTo(RackLayout.MAX_CELLS);
    assertThatThrownBy(() -> new RackLayout(10, 10, 10, 51))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessage("a site has at most 50000 slots; this layout has 51000");
    assertThatThrownBy(() -> new RackLayout(100, 100, 100, 100))
        .hasMessageContaining("this layout has 100000000");
  }

  @Test
  void aSlotOutsideIsRefusedWithTheLayoutNamed() {
    RackLayout layout = new RackLayout(1, 2, 3, 4);

    assertThatThrownBy(() -> layout.require(new Slot(1, 3, 1, 1)))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessage(
            "row 1 rack 3 shelf 1 slot 1 is outside this site's racks (1 rows, 2 racks per row,"
                + " 3 shelves per rack, 4 slots per shelf)");
  }

  @Test
  void slotsCountFromOne() {
    assertThatThrownBy(() -> new Slot(1, 0, 1, 1))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessage(
            "row, rack, shelf and slot are counted from 1, not row 1 rack 0 shelf 1 slot 1");
  }

  @Test
  void freeSlotsComeInReadingOrderSkippingTakenOnes() {
    RackLayout layout = new RackLayout(2, 2, 1, 2);
    Set<Slot> taken = Set.of(new Slot(1, 1, 1, 2), new Slot(1, 2, 1, 1));

    assertThat(layout.freeSlots(taken, 4))
        .containsExactly(
            new Slot(1, 1, 1, 1), new Slot(1, 2, 1, 2), new Slot(2, 1, 1, 1), new Slot(2, 1, 1, 2));
  }

  @Test
  void freeSlotsStopWhenTheRacksAreFull() {
    RackLayout layout = new RackLayout(1, 1, 2, 2);

    assertThat(layout.freeSlots(Set.of(new Slot(1, 1, 2, 1)), 10))
        .containsExactly(new Slot(1, 1, 1, 1), new Slot(1, 1, 1, 2), new Slot(1, 1, 2, 2));
    assertThat(layout.freeSlots(Set.of(), 0)).isEqualTo(List.of());
  }
}
