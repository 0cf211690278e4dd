package io.hashwatch.commander.racks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressOrderTest {

  @Test
  void numbersInAddressesCompareAsNumbers() {
    List<String> addresses =
        new ArrayList<>(
            List.of(
                "10.0.0.10:4028",
                "10.0.0.9:4028",
                "10.0.1.1:4028",
                "10.0.0.10:80",
                "miner-10",
                "miner-2",
                "10.0.0.009:4028"));

    addresses.sort(AddressOrder.INSTANCE);

    assertThat(addresses)
        .containsExactly(
            "10.0.0.009:4028",
            "10.0.0.9:4028",
            "10.0.0.10:80",
            "10.0.0.10:4028",
            "10.0.1.1:4028",
            "miner-2",
            "miner-10");
  }

  @Test
  void aPrefixComesFirstAndEqualAddressesAreEqual() {
    assertThat(AddressOrder.INSTANCE.compare("rig", "rig-1")).isNegative();
    assertThat(AddressOrder.INSTANCE.compare("rig-1", "rig")).isPositive();
    assertThat(AddressOrder.INSTANCE.compare("10.0.0.1", "10.0.0.1")).isZero();
  }
}
