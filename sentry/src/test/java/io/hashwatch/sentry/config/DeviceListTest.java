package io.hashwatch.sentry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeviceListTest {

  @Test
  void readsMinersRangesAndBlocksWithTheirPorts() {
    DeviceList.Parsed parsed =
        DeviceList.parse(
            "10.0.0.5, 10.0.0.6:4029,miner-7.lan, [fd00::5]:4030, 10.0.0.10-10.0.0.13,"
                + " 10.0.1.0/29:4031",
            4028);

    assertThat(parsed.miners())
        .containsExactly(
            new MinerAddress("10.0.0.5", 4028),
            new MinerAddress("10.0.0.6", 4029),
            new MinerAddress("miner-7.lan", 4028),
            new MinerAddress("fd00::5", 4030));
    assertThat(parsed.ranges()).hasSize(2);
    assertThat(parsed.ranges().get(0).addresses())
        .containsExactly("10.0.0.10", "10.0.0.11", "10.0.0.12", "10.0.0.13");
    assertThat(parsed.ranges().get(0).port()).isEqualTo(4028);
    // A CIDR block leaves out its network and broadcast addresses, as Cidr does.
    assertThat(parsed.ranges().get(1).addresses())
        .containsExactly("10.0.1.1", "10.0.1.2", "10.0.1.3", "10.0.1.4", "10.0.1.5", "10.0.1.6");
    assertThat(parsed.ranges().get(1).port()).isEqualTo(4031);
    assertThat(parsed.ranges().get(1)).hasToString("10.0.1.0/29:4031");
  }

  @Test
  void aRangeMayCrossOctetsButNotExceedASlash16() {
    assertThat(DeviceList.parse("10.0.0.250-10.0.1.2", 4028).ranges().get(0).size()).isEqualTo(9);
    assertThatThrownBy(() -> DeviceList.parse("10.0.0.0-10.1.0.0", 4028))
        .hasMessageContaining("at most 65536 addresses");
    assertThatThrownBy(() -> DeviceList.parse("10.0.0.0/8", 4028)).hasMessageContaining("/16");
  }

  @Test
  void namesTheItemThatIsWrong() {
    assertThatThrownBy(() -> DeviceList.parse("10.0.0.5, 10.0.0.300", 4028))
        .hasMessageContaining("10.0.0.300");
    assertThatThrownBy(() -> DeviceList.parse("10.0.0.9-10.0.0.1", 4028))
        .hasMessage("'10.0.0.9-10.0.0.1': the first address is above the last");
    assertThatThrownBy(() -> DeviceList.parse("10.0.0.5:70000", 4028))
        .hasMessage("'10.0.0.5:70000': a port is 1 to 65535");
    assertThatThrownBy(() -> DeviceList.parse("miner 7", 4028))
        .hasMessageStartingWith("'miner 7' is not an address");
  }
}
